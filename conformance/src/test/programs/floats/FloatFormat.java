package floats;

import dev.jmpy.annotations.MicroPython;

/** String.format's %f, %e and %g of floats: HALF_UP of the value's shortest decimal, with Java's flags. */
@MicroPython
public class FloatFormat {
  public static void main(String[] args) {
    float[] values = {0.125f, 2.675f, 1.005f, 0.1f, -3.14159f, 1234567.9f, 0.000123f, 1e-10f, 5e9f, -0.0f,
        0f / 0, 1f / 0};
    for (float v : values) {
      System.out.println(String.format("%f|%.2f|%.0f|%e|%.3e|%g|%.3g", v, v, v, v, v, v, v));
      System.out.println(String.format("[%10.3f] [%-10.1f] [%+.2f] [%010.2f] [%,.2f] [%(.1f] [%E] [%G]",
          v, v, v, v, v, v, v, v));
    }
    System.out.printf("%.1f%% done, %d items, %s%n", 99.95f, 3, "ok");
    System.out.println("t=%.2f".formatted(21.456f));
  }
}
