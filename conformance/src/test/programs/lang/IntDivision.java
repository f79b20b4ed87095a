package lang;

import dev.jmpy.annotations.MicroPython;

/** Java's int division truncates toward zero and its remainder takes the dividend's sign; Python floors. */
@MicroPython
public class IntDivision {
  static void show(int a, int b) {
    System.out.println(a + " / " + b + " = " + a / b + ", " + a + " % " + b + " = " + a % b);
  }

  public static void main(String[] args) {
    show(7, 2);
    show(-7, 2);
    show(7, -2);
    show(-7, -2);
    show(6, 3);
    show(-6, 3);
    show(0, 5);
  }
}
