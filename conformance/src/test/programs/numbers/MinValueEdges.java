package nums;

import dev.jmpy.annotations.MicroPython;

/** MIN_VALUE edges: / -1, % -1, negation, Math.abs, and the same for long, with values from variables. */
@MicroPython
public class MinValueEdges {
  static int divide(int a, int b) {
    return a / b;
  }

  static long divideLong(long a, long b) {
    return a / b;
  }

  public static void main(String[] args) {
    int min = Integer.MIN_VALUE;
    int minusOne = -1;
    System.out.println("MIN / -1 = " + (min / minusOne));
    System.out.println("MIN % -1 = " + (min % minusOne));
    System.out.println("divide(MIN, -1) = " + divide(min, -1));
    System.out.println("-MIN = " + (-min));
    System.out.println("Math.abs(MIN) = " + Math.abs(min));
    System.out.println("Math.abs(MIN + 1) = " + Math.abs(min + 1));
    System.out.println("MIN - 1 = " + (min - 1));
    System.out.println("MIN * -1 = " + (min * minusOne));
    int q = min;
    q /= -1;
    System.out.println("MIN /= -1 -> " + q);
    long lmin = Long.MIN_VALUE;
    long lminusOne = -1;
    System.out.println("Long.MIN / -1 = " + (lmin / lminusOne));
    System.out.println("Long.MIN % -1 = " + (lmin % lminusOne));
    System.out.println("divideLong(Long.MIN, -1) = " + divideLong(lmin, -1));
    System.out.println("-Long.MIN = " + (-lmin));
    System.out.println("Math.abs(Long.MIN) = " + Math.abs(lmin));
    System.out.println("Long.MIN * -1 = " + (lmin * lminusOne));
    System.out.println("(int) Long.MIN = " + (int) lmin);
    System.out.println("(long) Integer.MIN = " + (long) min);
    System.out.println("Math.max(MIN, -MIN) = " + Math.max(min, -min));
    System.out.println("Math.min(MAX + 1, 0) = " + Math.min(Integer.MAX_VALUE + 1, 0));
    System.out.println("MIN == -MIN: " + (min == -min));
    System.out.println("MAX + MIN = " + (Integer.MAX_VALUE + min));
    System.out.println("MIN / 2 = " + (min / 2) + ", MIN >> 1 = " + (min >> 1));
    System.out.println("(MIN + 1) / 2 = " + ((min + 1) / 2) + ", (MIN + 1) >> 1 = " + ((min + 1) >> 1));
    try {
      System.out.println(divide(min, 0));
    } catch (ArithmeticException e) {
      System.out.println("MIN / 0: " + e.getMessage());
    }
  }
}
