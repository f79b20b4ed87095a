package functions;

import dev.jmpy.annotations.MicroPython;

/** Overflow edge cases of division, remainder, abs and negation at Integer.MIN_VALUE and Long.MIN_VALUE. */
@MicroPython
public class IntOverflowEdges {
  static int div(int a, int b) {
    return a / b;
  }

  static long ldiv(long a, long b) {
    return a / b;
  }

  static int neg(int a) {
    return -a;
  }

  public static void main(String[] args) {
    int min = Integer.MIN_VALUE;
    System.out.println("MIN / -1 = " + div(min, -1));
    System.out.println("MIN % -1 = " + (min % -1));
    System.out.println("Math.abs(MIN) = " + Math.abs(min));
    System.out.println("neg(MIN) = " + neg(min));
    System.out.println("Long.MIN / -1 = " + ldiv(Long.MIN_VALUE, -1L));
    System.out.println("Math.abs(Long.MIN) = " + Math.abs(Long.MIN_VALUE));
    int q = min;
    q /= -1;
    System.out.println("MIN /= -1 -> " + q);
  }
}
