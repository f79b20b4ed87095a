package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;

/**
 * {@code java.math.BigInteger}: MicroPython's integers are arbitrary-precision, so a BigInteger is
 * a Python int; the operators are Python's where they agree with Java's, helpers where they do not
 * (truncating division and remainder, modPow's inverse, gcd, bitLength, the parser's syntax).
 */
final class BigIntegerRows implements LibraryRegistry.Rows {
  private static final String BIG = "java.math.BigInteger";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    String big = BIG + "#";
    rows.creation(BIG, s -> s.arity() <= 2 ? new PyExpr.Call(s.helper(Helper.BIG_PARSE), s.args()) : null)
        .call(big + "valueOf", s -> s.arg(0))
        .call(big + "add", s -> op(s.receiver(), "+", s.arg(0)))
        .call(big + "subtract", s -> op(s.receiver(), "-", s.arg(0)))
        .call(big + "multiply", s -> op(s.receiver(), "*", s.arg(0)))
        .call(big + "divide", s -> helper(s, Helper.INT_DIV))
        .call(big + "remainder", s -> helper(s, Helper.INT_REM))
        .call(big + "mod", s -> new PyExpr.Call(s.helper(Helper.MOD_POW),
            List.of(s.receiver(), literal("1"), s.arg(0))))
        .call(big + "pow", s -> helper(s, Helper.BIG_POW))
        .call(big + "modPow", s -> new PyExpr.Call(s.helper(Helper.MOD_POW),
            List.of(s.receiver(), s.arg(0), s.arg(1))))
        .call(big + "modInverse", s -> new PyExpr.Call(s.helper(Helper.MOD_POW),
            List.of(s.receiver(), literal("-1"), s.arg(0))))
        .call(big + "gcd", s -> helper(s, Helper.GCD))
        .call(big + "abs", s -> builtin("abs", s.receiver()))
        .call(big + "negate", s -> new PyExpr.UnaryOp("-", s.receiver()))
        .call(big + "signum", s -> twice(s, s.receiver(), (a, b) -> op(op(a, ">", literal("0")),
            "-", op(b, "<", literal("0")))))
        .call(big + "compareTo", s -> {
          String a = s.temporary("a");
          String b = s.temporary("b");
          return op(op(new PyExpr.NamedExpr(a, s.receiver()), ">", new PyExpr.NamedExpr(b, s.arg(0))),
              "-", op(new PyExpr.Name(a), "<", new PyExpr.Name(b)));
        })
        .call(big + "equals", s -> op(s.receiver(), "==", s.arg(0)))
        .call(big + "min", s -> builtin("min", s.receiver(), s.arg(0)))
        .call(big + "max", s -> builtin("max", s.receiver(), s.arg(0)))
        // Python raises for a negative distance, where Java shifts the other way: the operator
        // when the distance is known to be >= 0, else _jbigshift
        .call(big + "shiftLeft", s -> nonNegative(s) ? op(s.receiver(), "<<", s.arg(0))
            : new PyExpr.Call(s.helper(Helper.BIG_SHIFT), List.of(s.receiver(), s.arg(0))))
        .call(big + "shiftRight", s -> nonNegative(s) ? op(s.receiver(), ">>", s.arg(0))
            : new PyExpr.Call(s.helper(Helper.BIG_SHIFT), List.of(s.receiver(),
                new PyExpr.UnaryOp("-", s.arg(0)))))
        .call(big + "sqrt", s -> new PyExpr.Call(s.helper(Helper.BIG_SQRT), List.of(s.receiver())))
        .call(big + "and", s -> op(s.receiver(), "&", s.arg(0)))
        .call(big + "or", s -> op(s.receiver(), "|", s.arg(0)))
        .call(big + "xor", s -> op(s.receiver(), "^", s.arg(0)))
        .call(big + "not", s -> new PyExpr.UnaryOp("~", s.receiver()))
        .call(big + "testBit", s -> !nonNegative(s) ? null : op(op(op(s.receiver(), ">>", s.arg(0)), "&", literal("1")),
            "!=", literal("0")))
        .call(big + "bitLength", s -> new PyExpr.Call(s.helper(Helper.BIT_LENGTH),
            List.of(s.receiver())))
        .call(big + "toString", s -> s.arity() == 0 ? builtin("str", s.receiver()) // Java's text
            : new PyExpr.Call(s.helper(Helper.RADIX_TEXT), List.of(s.receiver(), s.arg(0))))
        .call(big + "intValue", s -> new PyExpr.Call(s.helper(Helper.WRAP_INT),
            List.of(s.receiver())))
        .call(big + "longValue", s -> new PyExpr.Call(s.helper(Helper.WRAP_LONG),
            List.of(s.receiver())))
        .call(big + "intValueExact", s -> new PyExpr.Call(s.helper(Helper.EXACT),
            List.of(s.receiver())))
        .call(big + "longValueExact", s -> new PyExpr.Call(s.helper(Helper.EXACT),
            List.of(s.receiver(), literal("64"))))
        .constant(big + "ZERO", "0")
        .constant(big + "ONE", "1")
        .constant(big + "TWO", "2")
        .constant(big + "TEN", "10")
        .instead(BIG, name -> name.equals("testBit")
            ? "a distance or bit index known to be >= 0 (a literal, a loop index from 0), since "
                + "Python raises for negative ones"
            : "arithmetic, modPow, gcd, bitLength, comparisons, bit operations and text are "
                + "translated; docs/semantics.md lists them");
  }

  /** Whether the (int) argument is known to be at least 0 (a literal, a length, ...). */
  private static boolean nonNegative(CallSite s) {
    dev.jmpy.processor.analysis.IntRanges.Range range = s.range(s.argument(0));
    return range != null && range.lo() >= 0;
  }

  /** {@code helper(receiver, argument)}. */
  private static PyExpr helper(CallSite s, Helper helper) {
    return new PyExpr.Call(s.helper(helper), List.of(s.receiver(), s.arg(0)));
  }

  private static PyExpr twice(CallSite s, PyExpr value,
      java.util.function.BinaryOperator<PyExpr> combine) {
    if (value instanceof PyExpr.Name || value instanceof PyExpr.Literal) {
      return combine.apply(value, value);
    }
    String t = s.temporary("v");
    return combine.apply(new PyExpr.NamedExpr(t, value), new PyExpr.Name(t));
  }
}
