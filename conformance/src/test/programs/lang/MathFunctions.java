package lang;

import dev.jmpy.annotations.MicroPython;

/** Math.max, min and abs on ints and longs. */
@MicroPython
public class MathFunctions {
  public static void main(String[] args) {
    System.out.println("max(3, 7) = " + Math.max(3, 7));
    System.out.println("max(-3, -7) = " + Math.max(-3, -7));
    System.out.println("min(3, 7) = " + Math.min(3, 7));
    System.out.println("min(-3, -7) = " + Math.min(-3, -7));
    System.out.println("abs(-5) = " + Math.abs(-5));
    System.out.println("abs(5) = " + Math.abs(5));
    System.out.println("abs(0) = " + Math.abs(0));
    long big = -7000000000L;
    System.out.println("abs(big) = " + Math.abs(big));
    System.out.println("max(big, -1L) = " + Math.max(big, -1L));
    int a = 4;
    int b = -9;
    System.out.println("nested = " + Math.max(Math.abs(b), Math.min(a, 10)));
    System.out.println("max of expr = " + Math.max(a / -3, b % 4));
    int clamp = Math.max(0, Math.min(100, 250));
    System.out.println("clamp = " + clamp);
  }
}
