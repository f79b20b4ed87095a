package floats;

import dev.jmpy.annotations.MicroPython;

/** Floats printed as Java prints them (Float.toString from the bits), through every way to make text. */
@MicroPython
public class FloatText {
  static float third(float x) {
    return x / 3;
  }

  public static void main(String[] args) {
    float[] values = {0.1f + 0.2f, third(1f), 1e7f, 9999999f, 0.001f, 0.00099999f, 100f, -0.0f, 123456.79f,
        1.5e-5f, 3.4e38f, 16777217, 2.5f, -42f, 1f / 0, -1f / 0, 0f / 0, Float.MAX_VALUE, Float.MIN_VALUE,
        Float.MIN_NORMAL};
    for (float f : values) {
      System.out.println(f);
      System.out.println("as text: " + f + " " + String.valueOf(f) + " " + Float.toString(f));
    }
    StringBuilder sb = new StringBuilder();
    sb.append(0.5f).append(' ').append(1e10f);
    System.out.println(sb);
    Float boxed = 2.25f;
    Float none = null;
    System.out.println("boxed " + boxed + " " + none);
    String s = "x=";
    s += 0.7f;
    System.out.println(s);
    System.out.println(Float.NaN + " " + Float.POSITIVE_INFINITY + " " + Float.NEGATIVE_INFINITY);
  }
}
