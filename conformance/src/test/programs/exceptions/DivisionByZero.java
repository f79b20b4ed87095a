package exceptions;

import dev.jmpy.annotations.MicroPython;

/** Integer / and % by zero throw ArithmeticException "/ by zero", for int and long, and in op=. */
@MicroPython
public class DivisionByZero {
  static int divide(int a, int b) {
    return a / b;
  }

  static int remainder(int a, int b) {
    return a % b;
  }

  static long ldivide(long a, long b) {
    return a / b;
  }

  public static void main(String[] args) {
    int[] divisors = {3, 0, -2};
    for (int d : divisors) {
      try {
        System.out.println("7 / " + d + " = " + divide(7, d));
        System.out.println("7 % " + d + " = " + remainder(7, d));
      } catch (ArithmeticException e) {
        System.out.println("7 / " + d + " failed: " + e.getMessage());
      }
    }
    try {
      System.out.println(remainder(-5, 0));
    } catch (ArithmeticException e) {
      System.out.println("% failed: " + e.getMessage());
    }
    try {
      System.out.println(ldivide(10000000000L, 0L));
    } catch (ArithmeticException e) {
      System.out.println("long / failed: " + e.getMessage());
    }
    int x = 10;
    int zero = 0;
    try {
      x /= zero;
      System.out.println("not reached");
    } catch (ArithmeticException e) {
      System.out.println("/= failed: " + e.getMessage() + ", x still " + x);
    }
    try {
      x %= zero;
    } catch (RuntimeException e) {
      System.out.println("%= failed as RuntimeException: " + e.getMessage());
    }
    System.out.println("-7 / 2 = " + divide(-7, 2) + ", -7 % 2 = " + remainder(-7, 2));
  }
}
