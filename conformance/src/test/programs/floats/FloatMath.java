package floats;

import dev.jmpy.annotations.MicroPython;

/** Math and Float methods on floats where Python's builtins differ (NaN, -0.0, rounding halves, bits, parsing). */
@MicroPython
public class FloatMath {
  public static void main(String[] args) {
    float nan = 0f / 0;
    float[] values = {2.5f, -2.5f, 0.5f, -0.5f, 1.4999999f, -0.0f, 3.7f, 1e10f, -1e10f, nan, 1f / 0};
    for (float v : values) {
      System.out.println(v + ": round " + Math.round(v) + " abs " + Math.abs(v) + " signum " + Math.signum(v)
          + " floor " + (float) Math.floor(v) + " ceil " + (float) Math.ceil(v) + " sqrt " + (float) Math.sqrt(v)
          + " bits " + Float.floatToIntBits(v));
    }
    System.out.println("max " + Math.max(-0.0f, 0.0f) + " " + Math.max(1f, nan) + " min " + Math.min(-0.0f, 0.0f)
        + " " + Math.min(2f, 3));
    System.out.println("compare " + Float.compare(-0.0f, 0.0f) + " " + Float.compare(nan, 1f) + " "
        + Float.compare(1f, 1f) + " " + Float.compare(nan, nan));
    System.out.println("bits " + Float.intBitsToFloat(0x3f800001) + " " + Float.intBitsToFloat(1) + " "
        + Float.floatToIntBits(0.1f));
    String[] texts = {"1.5", "  -0.1 ", "1e7", "3.4028236e38", "0x1p-3", "Infinity", "-NaN", "1f", "2.5d", ".5"};
    for (String t : texts) {
      System.out.println("parse \"" + t + "\" " + Float.parseFloat(t));
    }
    System.out.println("finite " + Float.isFinite(1f) + " " + Float.isFinite(1f / 0) + " " + Float.isInfinite(-1f / 0));
    Float boxed = Float.valueOf("2.5");
    Float other = Float.valueOf(-0.0f);
    System.out.println("boxed " + boxed.floatValue() + " " + boxed.compareTo(other) + " " + other.equals(0.0f) + " "
        + boxed.equals(2.5f) + " " + boxed.hashCode() + " " + Float.hashCode(nan) + " " + Float.sum(0.1f, 0.2f) + " "
        + Float.max(-0.0f, 0.0f) + " " + Float.min(nan, 1f));
    System.out.println("sqrt 2 " + (float) Math.sqrt(2f) + " " + (float) Math.sqrt(-1f));
  }
}
