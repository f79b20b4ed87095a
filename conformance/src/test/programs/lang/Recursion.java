package lang;

import dev.jmpy.annotations.MicroPython;

/** Recursive static and instance methods. */
@MicroPython
public class Recursion {
  int base;

  Recursion(int base) {
    this.base = base;
  }

  static long factorial(int n) {
    return n <= 1 ? 1 : n * factorial(n - 1);
  }

  static int fib(int n) {
    if (n < 2) {
      return n;
    }
    return fib(n - 1) + fib(n - 2);
  }

  static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  static String binary(int n) {
    if (n < 2) {
      return "" + n;
    }
    return binary(n / 2) + n % 2;
  }

  int power(int e) {
    if (e == 0) {
      return 1;
    }
    return base * power(e - 1);
  }

  public static void main(String[] args) {
    System.out.println("20! = " + factorial(20));
    System.out.println("fib(20) = " + fib(20));
    System.out.println("gcd(84, 36) = " + gcd(84, 36));
    System.out.println("gcd(-84, 36) = " + gcd(-84, 36));
    System.out.println("binary(37) = " + binary(37));
    System.out.println("3^7 = " + new Recursion(3).power(7));
    System.out.println("(-2)^5 = " + new Recursion(-2).power(5));
  }
}
