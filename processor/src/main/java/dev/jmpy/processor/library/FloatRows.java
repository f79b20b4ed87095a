package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Float} (and {@code Double} on double-precision firmware): MicroPython's float is the
 * board's float, so these are Python floats, with helpers where Java's answer differs: the text
 * ({@code _jfstr}, Java's shortest digits from the bits), parsing ({@code _jfparse}), comparison
 * with NaN and -0.0 ({@code _jfcmp}), the bits ({@code _jfbits}, {@code _jbitsf}). Float's
 * constants are javac's constants, written by the translator as the board reads them exactly.
 */
final class FloatRows implements LibraryRegistry.Rows {
  private static final String FLOAT = "java.lang.Float#";
  private static final String DOUBLE = "java.lang.Double#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    for (String family : List.of(FLOAT, DOUBLE)) {
      boolean isDouble = family.equals(DOUBLE);
      rows.call(family + "toString", s -> s.arity() == 1 ? s.text(s.argument(0)) : null)
          .call(family + "valueOf", s -> s.arity() == 1 && Jdk.isString(s.typeOf(s.argument(0)))
              ? precision(s, Helper.FLOAT_PARSE, s.arg(0), isDouble) : s.arg(0))
          .call(family + (isDouble ? "parseDouble" : "parseFloat"),
              s -> precision(s, Helper.FLOAT_PARSE, s.arg(0), isDouble))
          .call(family + "isNaN", s -> isNaN(s.arity() == 1 ? s.arg(0) : s.receiver(), s))
          .call(family + "isInfinite", s -> isInfinite(s.arity() == 1 ? s.arg(0) : s.receiver(), s))
          .call(family + "isFinite", s -> op(builtin("abs", s.arg(0)), "<", literal("float(\"inf\")")))
          .call(family + "compare", s -> new PyExpr.Call(s.helper(Helper.FLOAT_COMPARE), s.args()))
          .call(family + "compareTo", s -> new PyExpr.Call(s.helper(Helper.FLOAT_COMPARE),
              List.of(s.receiver(), s.arg(0))))
          .call(family + "max", s -> new PyExpr.Call(s.helper(Helper.FLOAT_MAX), s.args()))
          .call(family + "min", s -> new PyExpr.Call(s.helper(Helper.FLOAT_MIN), s.args()))
          .call(family + "sum", s -> op(s.arg(0), "+", s.arg(1)))
          .call(family + "floatValue", s -> s.receiver())
          .call(family + "doubleValue", s -> s.receiver());
    }
    rows.call(FLOAT + "floatToIntBits", s -> new PyExpr.Call(s.helper(Helper.FLOAT_BITS), s.args()))
        .call(FLOAT + "intBitsToFloat", s -> new PyExpr.Call(s.helper(Helper.BITS_FLOAT), s.args()))
        .call(FLOAT + "hashCode", s -> new PyExpr.Call(s.helper(Helper.FLOAT_BITS),
            List.of(s.arity() == 1 ? s.arg(0) : s.receiver())))
        .call(FLOAT + "equals", s -> op(new PyExpr.Call(s.helper(Helper.FLOAT_BITS),
            List.of(s.receiver())), "==", new PyExpr.Call(s.helper(Helper.FLOAT_BITS),
                List.of(s.arg(0)))));
  }

  /** {@code helper(value)} for a float, {@code helper(value, 53)} for a double. */
  private static PyExpr precision(CallSite s, Helper helper, PyExpr value, boolean isDouble) {
    List<PyExpr> args = new ArrayList<>(List.of(value));
    if (isDouble) {
      args.add(literal("53"));
    }
    return new PyExpr.Call(s.helper(helper), args);
  }

  /** {@code x != x}, with x evaluated once. */
  private static PyExpr isNaN(PyExpr value, CallSite s) {
    if (value instanceof PyExpr.Name) {
      return op(value, "!=", value);
    }
    String x = s.temporary("x");
    return op(new PyExpr.NamedExpr(x, value), "!=", new PyExpr.Name(x));
  }

  /** {@code abs(x) == inf}. */
  private static PyExpr isInfinite(PyExpr value, CallSite s) {
    return op(builtin("abs", value), "==", literal("float(\"inf\")"));
  }
}
