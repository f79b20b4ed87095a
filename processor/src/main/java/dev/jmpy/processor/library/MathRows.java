package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.builtin;
import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.analysis.IntRanges;
import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.List;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * {@code java.lang.Math}: Python's builtins, wrapped where Java's int or long result wraps
 * ({@code abs(MIN_VALUE)}, {@code floorDiv(MIN_VALUE, -1)}), with Java's "/ by zero".
 */
final class MathRows implements LibraryRegistry.Rows {
  private static final String MATH = "java.lang.Math#";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(MATH + "max", s -> floating(s)
            ? new PyExpr.Call(s.helper(Helper.FLOAT_MAX), s.args()) : builtin("max", s.args()))
        .call(MATH + "min", s -> floating(s)
            ? new PyExpr.Call(s.helper(Helper.FLOAT_MIN), s.args()) : builtin("min", s.args()))
        // Math.round(float) is an int; Math.round(double) a long (double-precision firmware).
        .call(MATH + "round", s -> new PyExpr.Call(s.helper(Helper.FLOAT_ROUND),
            isFloat(s) ? s.args() : List.of(s.arg(0), new PyExpr.Literal("9223372036854775807"))))
        .call(MATH + "signum", s -> new PyExpr.Call(s.helper(Helper.FLOAT_SIGNUM), s.args()))
        // sqrt, floor and ceil of a float (widened to double) cast back to float: exact in floats.
        .call(MATH + "sqrt", s -> new PyExpr.Call(s.helper(Helper.FLOAT_SQRT), s.args()))
        .call(MATH + "floor", s -> new PyExpr.Call(s.helper(Helper.FLOAT_FLOOR), s.args()))
        .call(MATH + "ceil", s -> new PyExpr.Call(s.helper(Helper.FLOAT_CEIL), s.args()))
        .call(MATH + "abs", MathRows::abs)
        .call(MATH + "floorDiv", MathRows::floorDiv)
        .call(MATH + "addExact", s -> exact(s, op(s.arg(0), "+", s.arg(1))))
        .call(MATH + "subtractExact", s -> exact(s, op(s.arg(0), "-", s.arg(1))))
        .call(MATH + "multiplyExact", s -> exact(s, op(s.arg(0), "*", s.arg(1))))
        .call(MATH + "incrementExact", s -> exact(s, op(s.arg(0), "+", literal("1"))))
        .call(MATH + "decrementExact", s -> exact(s, op(s.arg(0), "-", literal("1"))))
        .call(MATH + "negateExact", s -> exact(s, new PyExpr.UnaryOp("-", s.arg(0))))
        .call(MATH + "toIntExact", s -> new PyExpr.Call(s.helper(Helper.EXACT), s.args()))
        .call(MATH + "clamp", s -> floating(s) ? null
            : new PyExpr.Call(s.helper(Helper.CLAMP), s.args()))
        .call(MATH + "floorMod", s -> new PyExpr.Call(s.helper(Helper.FLOOR_MOD), s.args()))
        .instead("java.lang.System", name -> name.equals("currentTimeMillis")
            || name.equals("nanoTime")
            ? "the board's clock is Time.ticksMs()/ticksUs() with Time.ticksDiff (dev.jmpy.time), "
                + "which a test runs in virtual time; System's clock is the host's"
            : "docs/semantics.md lists the library methods jmpy translates")
        .reference(MATH + "abs", (s, onType) -> onType
            ? PyExpr.Lambda.of(List.of("_o"), builtin("abs", new PyExpr.Name("_o"))) : null)
        .reference(MATH + "max", (s, onType) -> NumberRows.reducer(s, onType, () -> twoArgs("max")))
        .reference(MATH + "min", (s, onType) -> NumberRows.reducer(s, onType, () -> twoArgs("min")));
  }

  /** {@code _jexact(value)} ({@code _jexact(value, 64)} for the long overloads). */
  private static PyExpr exact(CallSite s, PyExpr value) {
    boolean isLong = s.method().getParameters().get(0).asType().getKind() == TypeKind.LONG;
    return new PyExpr.Call(s.helper(Helper.EXACT),
        isLong ? List.of(value, literal("64")) : List.of(value));
  }

  /** Whether the overload called takes floats or doubles (Math.max(float, float)). */
  private static boolean floating(CallSite s) {
    TypeKind kind = s.method().getParameters().get(0).asType().getKind();
    return kind == TypeKind.FLOAT || kind == TypeKind.DOUBLE;
  }

  private static boolean isFloat(CallSite s) {
    return s.method().getParameters().get(0).asType().getKind() == TypeKind.FLOAT;
  }

  /** {@code f(_a, _b)}. */
  static PyExpr twoArgs(String function) {
    return builtin(function, new PyExpr.Name("_a"), new PyExpr.Name("_b"));
  }

  /** abs, wrapped when the argument may be MIN_VALUE (whose abs is itself in Java). */
  private static PyExpr abs(CallSite s) {
    PyExpr value = builtin("abs", s.args());
    TypeMirror type = s.typeOf(s.argument(0));
    if (type == null || !s.javaTypes().isIntegral(type)) {
      return value;
    }
    IntRanges.Range range = s.range(s.argument(0));
    IntRanges.Range limit = IntRanges.ofType(type, s.javaTypes());
    IntRanges.Range result = range == null || range.lo() == limit.lo() ? null
        : new IntRanges.Range(0, Math.max(Math.abs(range.lo()), Math.abs(range.hi())));
    return s.wrapIfNeeded(value, result, type, "abs");
  }

  /** floor division, wrapped unless the divisor cannot be -1 (MIN_VALUE / -1). */
  private static PyExpr floorDiv(CallSite s) {
    PyExpr value = new PyExpr.Call(s.helper(Helper.FLOOR_DIV), s.args());
    IntRanges.Range divisor = s.range(s.argument(1));
    TypeMirror type = s.type();
    boolean byMinusOne = divisor == null || (divisor.lo() <= -1 && -1 <= divisor.hi());
    return byMinusOne && type != null ? s.wrapIfNeeded(value, null, type, "floorDiv") : value;
  }
}
