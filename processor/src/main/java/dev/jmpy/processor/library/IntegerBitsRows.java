package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.method;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Integer} and {@code Long} bit methods, radix text and unsigned arithmetic: Python's
 * integers grow and have no fixed width, so each works on the two's complement masked to Java's
 * width ({@code v & 0xFFFFFFFF}) and reads the result back signed, through a helper where one
 * expression would not do ({@code _jnlz}, {@code _jrot}, ...).
 */
final class IntegerBitsRows implements LibraryRegistry.Rows {
  private static final String INTEGER = "java.lang.Integer#";
  private static final String LONG = "java.lang.Long#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    for (String family : List.of(INTEGER, LONG)) {
      int w = family.equals(LONG) ? 64 : 32;
      String mask = w == 64 ? "0xFFFFFFFFFFFFFFFF" : "0xFFFFFFFF";
      Helper wrap = w == 64 ? Helper.WRAP_LONG : Helper.WRAP_INT;
      rows.call(family + "bitCount", s -> method(builtin("bin", op(s.arg(0), "&", literal(mask))),
              "count", PyExpr.Literal.string("1")))
          .call(family + "numberOfLeadingZeros", s -> helper(s, Helper.LEADING_ZEROS, w, s.arg(0)))
          .call(family + "numberOfTrailingZeros", s -> helper(s, Helper.TRAILING_ZEROS, w, s.arg(0)))
          .call(family + "highestOneBit", s -> helper(s, Helper.HIGHEST_ONE_BIT, w, s.arg(0)))
          // i & -i is i's lowest set bit; only MIN_VALUE's is beyond Java's range (it is itself).
          .call(family + "lowestOneBit", s -> new PyExpr.Call(s.helper(wrap),
              List.of(twice(s, s.arg(0), (a, b) -> op(a, "&", new PyExpr.UnaryOp("-", b))))))
          .call(family + "rotateLeft", s -> helper(s, Helper.ROTATE, w, s.arg(0), s.arg(1)))
          .call(family + "rotateRight", s -> helper(s, Helper.ROTATE, w, s.arg(0),
              new PyExpr.UnaryOp("-", s.arg(1))))
          .call(family + "reverse", s -> helper(s, Helper.REVERSE_BITS, w, s.arg(0)))
          .call(family + "reverseBytes", s -> new PyExpr.Call(s.helper(Helper.REVERSE_BITS),
              List.of(s.arg(0), literal(Integer.toString(w)), literal("8"))))
          .call(family + "signum", s -> twice(s, s.arg(0), (a, b) -> op(op(a, ">", literal("0")),
              "-", op(b, "<", literal("0")))))
          .call(family + "sum", s -> new PyExpr.Call(s.helper(wrap), List.of(op(s.arg(0), "+",
              s.arg(1)))))
          // Long.hashCode is (int) (v ^ v >>> 32); the low 32 bits are the same with >>.
          .call(family + "hashCode", s -> w == 32 ? (s.arity() == 1 ? s.arg(0) : s.receiver())
              : new PyExpr.Call(s.helper(Helper.WRAP_INT), List.of(twice(s,
                  s.arity() == 1 ? s.arg(0) : s.receiver(), (a, b) -> op(a, "^",
                      op(b, ">>", literal("32")))))))
          .call(family + "intValue", s -> w == 32 ? s.receiver()
              : new PyExpr.Call(s.helper(Helper.WRAP_INT), List.of(s.receiver())))
          .call(family + "longValue", s -> s.receiver())
          .call(family + "toUnsignedString", s -> s.arity() == 1
              ? builtin("str", op(s.arg(0), "&", literal(mask))) : null)
          .call(family + "divideUnsigned", s -> new PyExpr.Call(s.helper(wrap), List.of(
              new PyExpr.Call(s.helper(Helper.INT_DIV), List.of(op(s.arg(0), "&", literal(mask)),
                  op(s.arg(1), "&", literal(mask)))))))
          .call(family + "remainderUnsigned", s -> new PyExpr.Call(s.helper(wrap), List.of(
              new PyExpr.Call(s.helper(Helper.INT_REM), List.of(op(s.arg(0), "&", literal(mask)),
                  op(s.arg(1), "&", literal(mask)))))));
    }
  }

  /** {@code combine(x, x)} with x evaluated once: a name twice, else {@code (t := x)} then t. */
  private static PyExpr twice(CallSite s, PyExpr value,
      java.util.function.BinaryOperator<PyExpr> combine) {
    if (value instanceof PyExpr.Name || value instanceof PyExpr.Literal) {
      return combine.apply(value, value);
    }
    String t = s.temporary("v");
    return combine.apply(new PyExpr.NamedExpr(t, value), new PyExpr.Name(t));
  }

  /** {@code helper(args..., 64)} for a long, {@code helper(args...)} for an int. */
  private static PyExpr helper(CallSite s, Helper helper, int width, PyExpr... args) {
    List<PyExpr> all = new ArrayList<>(List.of(args));
    if (width == 64) {
      all.add(literal("64"));
    }
    return new PyExpr.Call(s.helper(helper), all);
  }
}
