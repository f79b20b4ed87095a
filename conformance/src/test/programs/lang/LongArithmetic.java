package lang;

import dev.jmpy.annotations.MicroPython;

/** long values within 64 bits, mixed with int. */
@MicroPython
public class LongArithmetic {
  public static void main(String[] args) {
    long big = 10000000000L;
    System.out.println("big = " + big);
    System.out.println("big * 3 = " + big * 3);
    System.out.println("big / -3 = " + big / -3);
    System.out.println("-big % 7 = " + -big % 7);
    int max = Integer.MAX_VALUE;
    long widened = max + 1L;
    System.out.println("max + 1L = " + widened);
    long product = (long) max * 2;
    System.out.println("(long) max * 2 = " + product);
    long m = 9000000000000000000L;
    System.out.println("m = " + m);
    System.out.println("m / 1000000007 = " + m / 1000000007L);
    System.out.println("m % 1000000007 = " + m % 1000000007L);
    long neg = -9000000000000000000L;
    System.out.println("neg / 1000000007 = " + neg / 1000000007L);
    System.out.println("neg % 1000000007 = " + neg % 1000000007L);
    System.out.println("Long.toString via concat: " + (neg + m));
  }
}
