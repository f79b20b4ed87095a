// jmpy-options: -Ajmpy.floatPrecision=double
package lang;

import dev.jmpy.annotations.MicroPython;

/** doubles are not printed, but comparisons of them are; int division happens before widening. */
@MicroPython
public class DoubleComparisons {
  static double half(int n) {
    return n / 2;
  }

  public static void main(String[] args) {
    double d = 7 / 2;
    System.out.println("7 / 2 as double == 3: " + (d == 3));
    double e = 7 / 2.0;
    System.out.println("7 / 2.0 > 3: " + (e > 3));
    System.out.println("7 / 2.0 == 3.5: " + (e == 3.5));
    double f = -7 / 2;
    System.out.println("-7 / 2 as double == -3: " + (f == -3));
    System.out.println("half(-5) == -2: " + (half(-5) == -2));
    double g = 1 / 2 * 4.0;
    System.out.println("1 / 2 * 4.0 == 0: " + (g == 0));
    double h = 4.0 * 1 / 2;
    System.out.println("4.0 * 1 / 2 == 2: " + (h == 2));
    double sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += 0.1;
    }
    System.out.println("0.1 * 10 == 1.0: " + (sum == 1.0));
    System.out.println("0.1 * 10 < 1.0: " + (sum < 1.0));
    int x = 3;
    double mixed = x / 2 + x / 2.0;
    System.out.println("x / 2 + x / 2.0 == 2.5: " + (mixed == 2.5));
    System.out.println("max(1.5, 2) > 1.9: " + (Math.max(1.5, 2) > 1.9));
  }
}
