package dev.jmpy.processor.library;

import static dev.jmpy.processor.library.Forms.literal;
import static dev.jmpy.processor.library.Forms.op;

import dev.jmpy.processor.python.PyExpr;
import dev.jmpy.processor.runtime.Helper;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java.lang.Math}'s functions of reals: MicroPython's {@code math} module, computed by the
 * board's C library in the board's floats, with helpers where MicroPython raises ValueError
 * for what Java answers with an infinity or NaN ({@code math.log(0)}, {@code math.exp(1000)},
 * {@code math.sin(inf)}) and for what {@code math} lacks (hypot, cbrt). Java specifies these within
 * 1 ulp, not bit for bit ({@code StrictMath} is the exact one), and so does the board's libm: a
 * result may differ from the JVM's in its last bit (docs/semantics.md, "Math functions").
 */
final class MathFunctionRows implements LibraryRegistry.Rows {
  private static final String MATH = "java.lang.Math#";
  /** Java's own factors (Math.toDegrees is {@code angrad * RADIANS_TO_DEGREES}). */
  private static final String RADIANS_TO_DEGREES = "57.29577951308232";
  private static final String DEGREES_TO_RADIANS = "0.017453292519943295";

  @Override
  public void addTo(LibraryRegistry.Builder rows) {
    rows.call(MATH + "pow", s -> new PyExpr.Call(s.helper(Helper.POW), s.args()))
        .call(MATH + "exp", s -> new PyExpr.Call(s.helper(Helper.EXP), s.args()))
        .call(MATH + "log", s -> withFunction(s, Helper.LOG, "log"))
        .call(MATH + "log10", s -> withFunction(s, Helper.LOG, "log10"))
        .call(MATH + "sin", s -> withFunction(s, Helper.TRIG, "sin"))
        .call(MATH + "cos", s -> withFunction(s, Helper.TRIG, "cos"))
        .call(MATH + "tan", s -> withFunction(s, Helper.TRIG, "tan"))
        .call(MATH + "asin", s -> withFunction(s, Helper.ARC, "asin"))
        .call(MATH + "acos", s -> withFunction(s, Helper.ARC, "acos"))
        // atan, atan2 and tanh are finite or NaN of NaN: math's own answers are Java's
        .call(MATH + "atan", s -> mathCall(s, "atan"))
        .call(MATH + "atan2", s -> mathCall(s, "atan2"))
        .call(MATH + "tanh", s -> mathCall(s, "tanh"))
        .call(MATH + "hypot", s -> new PyExpr.Call(s.helper(Helper.HYPOT), s.args()))
        .call(MATH + "cbrt", s -> new PyExpr.Call(s.helper(Helper.CBRT), s.args()))
        .call(MATH + "toDegrees", s -> op(s.arg(0), "*", literal(RADIANS_TO_DEGREES)))
        .call(MATH + "toRadians", s -> op(s.arg(0), "*", literal(DEGREES_TO_RADIANS)))
        // the board's generator, seeded by the firmware: as unpredictable as Java's
        .call(MATH + "random", s -> new PyExpr.Call(new PyExpr.Attribute(s.module("random"),
            "random"), List.of()));
  }

  /** {@code math.f(args)}. */
  private static PyExpr mathCall(CallSite s, String function) {
    return new PyExpr.Call(new PyExpr.Attribute(s.module("math"), function), s.args());
  }

  /** {@code helper(math.f, x)}: the helper answers Java's infinities and NaN around math.f. */
  private static PyExpr withFunction(CallSite s, Helper helper, String function) {
    List<PyExpr> args = new ArrayList<>();
    args.add(new PyExpr.Attribute(s.module("math"), function));
    args.addAll(s.args());
    return new PyExpr.Call(s.helper(helper), args);
  }
}
