package dev.jmpy.processor.library;

import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.python.PyExpr;
import java.util.List;
import java.util.function.Function;

/**
 * An index with Java's bounds. Python reads a negative index from the end ({@code a[-1]} is the
 * last element) where Java throws; an index not known to be non-negative (IntRanges: a literal, a
 * counting loop's counter, a length) becomes {@code i if i >= 0 else len(a)}, which is past the
 * end, so MicroPython raises IndexError there as it does for any index past the end. No helper call:
 * one comparison, and none at all where the range is known.
 */
public final class Indexes {
  private Indexes() {}

  /**
   * {@code seq[index]} checked as Java checks it.
   *
   * @param range what IntRanges knows of the index, or null
   * @param temporary a fresh local name for a base ({@code "i"} → {@code _i}), to compute a
   *     sequence or index once ({@code :=}) when reading it again would compute it again
   */
  public static PyExpr subscript(IntRanges.Range range, PyExpr seq, PyExpr index,
      Function<String, String> temporary) {
    if (known(range)) {
      return new PyExpr.Subscript(seq, index);
    }
    PyExpr[] sequence = twice(seq, "a", temporary);
    return new PyExpr.Subscript(sequence[0], checked(range, sequence[1], index, temporary));
  }

  /**
   * The index itself for {@code seq}, already read once before it (a receiver): {@code i}, or
   * {@code i if i >= 0 else len(seq)}. {@code seq} must be safe to read again (a name or an
   * attribute of one, or a temporary).
   */
  public static PyExpr checked(IntRanges.Range range, PyExpr seq, PyExpr index,
      Function<String, String> temporary) {
    if (known(range)) {
      return index;
    }
    PyExpr past = new PyExpr.Call(new PyExpr.Name("len"), List.of(seq));
    if (range != null && range.hi() < 0) {
      return past;
    }
    PyExpr[] i = twice(index, "i", temporary);
    // the condition is evaluated first: it binds the temporary the body reads
    return new PyExpr.IfExp(new PyExpr.BinOp(i[0], ">=", new PyExpr.Literal("0")), i[1], past);
  }

  /** Whether the index is known to be non-negative. */
  public static boolean known(IntRanges.Range range) {
    return range != null && range.lo() >= 0;
  }

  /** {@code value} and a second read of it: itself twice when plain, else {@code (_t := v)} and {@code _t}. */
  public static PyExpr[] twice(PyExpr value, String base, Function<String, String> temporary) {
    if (isPlain(value)) {
      return new PyExpr[] {value, value};
    }
    String temp = temporary.apply(base);
    return new PyExpr[] {new PyExpr.NamedExpr(temp, value), new PyExpr.Name(temp)};
  }

  /** A name or an attribute of one ({@code self.cells}): reading it again computes nothing. */
  private static boolean isPlain(PyExpr e) {
    return e instanceof PyExpr.Name
        || (e instanceof PyExpr.Attribute attribute && isPlain(attribute.value()));
  }
}
