// jmpy-options: -Ajmpy.floatPrecision=double
package nums;

import dev.jmpy.annotations.MicroPython;

/** With -Ajmpy.floatPrecision=double (double-precision firmware): doubles printed as Double.toString and String.format print them. */
@MicroPython
public class DoubleText {
  public static void main(String[] args) {
    double[] values = {0.1 + 0.2, 1.0 / 3, 1e7, 9999999.0, 0.001, 1e-4, 100, -0.0, 123456789.123, 1e21, 4.9e-324,
        Double.MAX_VALUE, Math.PI, Math.E, 1.0 / 0, 0.0 / 0};
    for (double d : values) {
      System.out.println(d + " " + String.valueOf(d) + " " + Double.toString(d)
          + String.format(" %.3f %e %g", d, d, d));
    }
    long big = 9007199254740993L;
    double fromLong = big;
    System.out.println("long->double " + fromLong + " " + (long) 1e19 + " " + (int) -2.7 + " " + (int) (0.0 / 0));
    double[] halves = {2.5, -2.5, 0.49999999999999994, 4503599627370497.0, -0.5};
    for (double h : halves) {
      System.out.println("round " + h + " " + Math.round(h) + " floor " + Math.floor(h) + " ceil " + Math.ceil(h)
          + " sqrt " + Math.sqrt(h) + " signum " + Math.signum(h));
    }
    System.out.println("parse " + Double.parseDouble("1e-5") + " " + Double.valueOf("2.5") + " " + Double.parseDouble("0x1p3")
        + " compare " + Double.compare(-0.0, 0.0) + " " + Double.isNaN(0.0 / 0) + " " + Math.max(-0.0, 0.0));
  }
}
