package floats;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/** Arrays.toString of float arrays: each element as Float.toString prints it; null; empty. */
@MicroPython
public class FloatArrayText {
  static float[] made;

  static float[] make(int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = i / 3f - 1f;
    }
    made = a;
    return a;
  }

  public static void main(String[] args) {
    float[] values = {0.1f, 1e7f, 1.0E-4f, -0f, 3f, Float.NaN, Float.NEGATIVE_INFINITY, 123456.78f};
    System.out.println(Arrays.toString(values));
    System.out.println(Arrays.toString(make(4)) + " " + made.length);
    System.out.println(Arrays.toString(new float[0]));
    float[] none = null;
    System.out.println(Arrays.toString(none));
    System.out.println("avg of " + Arrays.toString(Arrays.copyOf(values, 2)));
  }
}
