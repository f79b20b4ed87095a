package lang;

import dev.jmpy.annotations.MicroPython;

/** User names that look like the helpers a translator might emit for / and %. */
@MicroPython
public class HelperNameClash {
  static int _jdiv = 100;

  static int _jrem(int a, int b) {
    return a * b;
  }

  static int _div(int a) {
    return a;
  }

  public static void main(String[] args) {
    int q = -7;
    int r = 2;
    System.out.println("-7 / 2 = " + q / r);
    System.out.println("-7 % 2 = " + q % r);
    System.out.println("_jdiv = " + _jdiv + ", _jrem(3, 4) = " + _jrem(3, 4) + ", _div(5) = " + _div(5));
    int a = -20;
    int b = 6;
    System.out.println("a / b = " + a / b + ", a % b = " + a % b);
  }
}
