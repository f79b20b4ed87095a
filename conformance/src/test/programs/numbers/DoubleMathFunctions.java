// jmpy-options: -Ajmpy.floatPrecision=double
package nums;

import dev.jmpy.annotations.MicroPython;

/**
 * Math's functions of doubles on double-precision firmware: values both libms give exactly
 * (integral powers, logs of powers of ten, the zeros), Java's infinities and NaN where math raises,
 * and the rest rounded to 9 decimals (Java and the board's libm may differ in the last bit).
 */
@MicroPython
public class DoubleMathFunctions {
  static long nine(double v) {
    return Math.round(v * 1e9);
  }

  public static void main(String[] args) {
    System.out.println("pow " + Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(-3, 3) + " " + Math.pow(9, 0.5)
        + " " + Math.pow(10, 15) + " " + (long) Math.pow(3, 30) + " " + (int) Math.pow(2, 31));
    int n = 7;
    double x = 1.5;
    System.out.println("pow vars " + Math.pow(n, 2) + " " + Math.pow(x, n) + " " + Math.pow(2, n) + " " + (int) Math.pow(n, 3));
    System.out.println("pow special " + Math.pow(0, -1) + " " + Math.pow(-0.0, -3) + " " + Math.pow(-8, 1.0 / 3) + " "
        + Math.pow(10, 400) + " " + Math.pow(-10, 401) + " " + Math.pow(1, Double.NaN) + " " + Math.pow(Double.NaN, 0)
        + " " + Math.pow(-1, Double.POSITIVE_INFINITY) + " " + Math.pow(0.5, Double.POSITIVE_INFINITY));
    System.out.println("log " + Math.log(1) + " " + Math.log(Math.E) + " " + Math.log(0) + " " + Math.log(-1) + " "
        + Math.log(Double.POSITIVE_INFINITY) + " " + nine(Math.log(2)) + " " + nine(Math.log(10)));
    System.out.println("log10 " + Math.log10(1000) + " " + Math.log10(1e-3) + " " + Math.log10(1) + " " + Math.log10(-0.0)
        + " " + Math.log10(-5) + " " + nine(Math.log10(2)) + " digits " + ((int) Math.log10(98765) + 1));
    System.out.println("exp " + Math.exp(0) + " " + Math.exp(1000) + " " + Math.exp(-1000) + " " + nine(Math.exp(1))
        + " " + nine(Math.exp(-2.5)) + " " + Math.exp(Double.NEGATIVE_INFINITY));
    System.out.println("sin " + Math.sin(0) + " " + Math.sin(-0.0) + " " + nine(Math.sin(Math.PI / 6)) + " "
        + nine(Math.sin(1)) + " " + Math.sin(Double.POSITIVE_INFINITY) + " " + Math.sin(Double.NaN));
    System.out.println("cos " + Math.cos(0) + " " + nine(Math.cos(Math.PI)) + " " + nine(Math.cos(Math.PI / 3)) + " "
        + nine(Math.cos(2)) + " " + Math.cos(Double.NEGATIVE_INFINITY));
    System.out.println("tan " + Math.tan(0) + " " + nine(Math.tan(Math.PI / 4)) + " " + nine(Math.tan(1)));
    System.out.println("asin " + Math.asin(0) + " " + nine(Math.asin(1)) + " " + Math.asin(1.5) + " acos " + Math.acos(1)
        + " " + nine(Math.acos(-1)) + " " + Math.acos(-2));
    System.out.println("atan " + Math.atan(0) + " " + nine(Math.atan(1)) + " " + nine(Math.atan(Double.POSITIVE_INFINITY))
        + " atan2 " + Math.atan2(0, 1) + " " + nine(Math.atan2(1, 1)) + " " + nine(Math.atan2(-1, -1)) + " "
        + Math.atan2(0.0, -0.0) + " " + nine(Math.atan2(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)));
    System.out.println("tanh " + Math.tanh(0) + " " + nine(Math.tanh(0.5)) + " " + Math.tanh(Double.POSITIVE_INFINITY));
    System.out.println("hypot " + Math.hypot(3, 4) + " " + Math.hypot(-5, 12) + " " + Math.hypot(3e300, 4e300) + " "
        + Math.hypot(Double.NaN, Double.POSITIVE_INFINITY) + " " + Math.hypot(Double.NaN, 1) + " " + nine(Math.hypot(1, 1)));
    System.out.println("cbrt " + Math.cbrt(27) + " " + Math.cbrt(-8) + " " + Math.cbrt(1e9) + " " + Math.cbrt(-0.0) + " "
        + Math.cbrt(1000000) + " " + nine(Math.cbrt(2)) + " " + Math.cbrt(Double.NaN));
    System.out.println("degrees " + Math.toDegrees(Math.PI) + " " + Math.toDegrees(1) + " " + Math.toRadians(180) + " "
        + Math.toRadians(45) + " " + Math.toDegrees(Math.toRadians(30)));
    double r = Math.random();
    System.out.println("random in [0, 1) " + (r >= 0 && r < 1));
    int[] counts = new int[3];
    for (int i = 0; i < 300; i++) {
      counts[(int) (Math.random() * 3)]++;
    }
    System.out.println("random spread " + (counts[0] > 50 && counts[1] > 50 && counts[2] > 50));
    double distance = Math.sqrt(Math.pow(3 - 0, 2) + Math.pow(4 - 0, 2));
    System.out.println("distance " + distance + " area " + nine(Math.PI * Math.pow(2.5, 2)));
    double[] point = {Math.pow(1.5, 3), Math.sqrt(2)};
    System.out.printf("x: %1$f; y: %2$f; %3$d%n", point[0], point[1], n);
    System.out.println(String.format("%1$.3f|%2$10.4f|%3$s", Math.exp(2), -Math.hypot(1, 2), "end"));
  }
}
