package floats;

import dev.jmpy.annotations.MicroPython;

/**
 * Math's functions of floats on single-precision firmware, each cast to float where computed:
 * values both sides give exactly (integral powers, logs of 1, the zeros), Java's infinities and NaN
 * where math raises, and the rest rounded to 4 decimals (the board's single-precision libm may be
 * 1 ulp of the float away from Java's double result rounded to float).
 */
@MicroPython
public class FloatMathFunctions {
  static int four(float v) {
    return Math.round(v * 10000);
  }

  public static void main(String[] args) {
    float two = 2f;
    float x = 1.5f;
    System.out.println("pow " + (float) Math.pow(two, 10) + " " + (float) Math.pow(two, -2) + " " + (float) Math.pow(-3f, 3)
        + " " + (float) Math.pow(9f, 0.5f) + " " + (float) Math.pow(x, 2) + " " + (float) Math.pow(x, 7) + " "
        + (float) Math.pow(0f, -1) + " " + (float) Math.pow(-8f, 1f / 3) + " " + (float) Math.pow(10f, 50));
    System.out.println("log " + (float) Math.log(1f) + " " + (float) Math.log(0f) + " " + (float) Math.log(-x) + " "
        + four((float) Math.log(two)) + " log10 " + (float) Math.log10(1000f) + " " + (float) Math.log10(1f) + " "
        + four((float) Math.log10(two)));
    System.out.println("exp " + (float) Math.exp(0f) + " " + (float) Math.exp(100f) + " " + (float) Math.exp(-200f) + " "
        + four((float) Math.exp(1f)) + " " + four((float) Math.exp(-x)));
    float[] angles = {0f, 0.5f, 1f, 2f, 3f, -1.25f};
    for (float a : angles) {
      System.out.println("angle " + a + " sin " + four((float) Math.sin(a)) + " cos " + four((float) Math.cos(a))
          + " tan " + four((float) Math.tan(a)) + " atan " + four((float) Math.atan(a)) + " degrees "
          + four((float) Math.toDegrees(a)) + " radians " + four((float) Math.toRadians(a * 90)));
    }
    float inf = 1f / 0;
    System.out.println("special " + (float) Math.sin(inf) + " " + (float) Math.cos(-inf) + " " + (float) Math.asin(two)
        + " " + (float) Math.acos(-two) + " " + four((float) Math.asin(0.5f)) + " " + four((float) Math.acos(0.5f)));
    System.out.println("atan2 " + (float) Math.atan2(0f, 1f) + " " + four((float) Math.atan2(1f, -1f)) + " hypot "
        + (float) Math.hypot(3f, 4f) + " " + (float) Math.hypot(-5f, 12f) + " cbrt " + (float) Math.cbrt(27f) + " "
        + (float) Math.cbrt(-8f) + " " + four((float) Math.cbrt(two)) + " tanh " + four((float) Math.tanh(x)));
    float r = (float) Math.random();
    System.out.println("random " + (r >= 0 && r < 1));
    System.out.println("pi " + (float) Math.PI + " e " + (float) Math.E + " circle " + four((float) Math.PI * x * x));
  }
}
