package functions;

import dev.jmpy.annotations.MicroPython;

/** 32-bit int wrap-around: limits +/- 1, multiplication, negation, compound assignment, increments, loops. */
@MicroPython
public class IntOverflow {
  static int add(int a, int b) {
    return a + b;
  }

  static int mul(int a, int b) {
    return a * b;
  }

  public static void main(String[] args) {
    int max = Integer.MAX_VALUE;
    int min = Integer.MIN_VALUE;
    System.out.println("MAX + 1 = " + (max + 1));
    System.out.println("MIN - 1 = " + (min - 1));
    System.out.println("MAX * 2 = " + (max * 2));
    System.out.println("MAX + MAX = " + add(max, max));
    System.out.println("MIN + MIN = " + add(min, min));
    System.out.println("-MIN = " + (-min));
    System.out.println("100000 * 100000 = " + mul(100000, 100000));
    System.out.println("65536 * 65536 = " + mul(65536, 65536));
    System.out.println("46341 * 46341 = " + mul(46341, 46341));
    int x = max;
    x++;
    System.out.println("MAX++ = " + x);
    x--;
    System.out.println("then -- = " + x);
    int y = 2000000000;
    y += 2000000000;
    System.out.println("2e9 += 2e9 -> " + y);
    y *= 3;
    System.out.println("*= 3 -> " + y);
    y -= max;
    System.out.println("-= MAX -> " + y);
    int fact = 1;
    for (int i = 1; i <= 15; i++) {
      fact *= i;
      if (i >= 12) {
        System.out.println(i + "! as int = " + fact);
      }
    }
    int pow = 1;
    for (int i = 0; i < 40; i++) {
      pow = pow * 3;
    }
    System.out.println("3^40 as int = " + pow);
    int fib0 = 0;
    int fib1 = 1;
    for (int i = 0; i < 60; i++) {
      int next = fib0 + fib1;
      fib0 = fib1;
      fib1 = next;
    }
    System.out.println("fib(60) as int = " + fib0);
    System.out.println("overflow check: " + (max + 1 < max));
    int big = 1 << 30;
    System.out.println("(1 << 30) * 4 = " + (big * 4) + ", * 2 = " + (big * 2));
  }
}
