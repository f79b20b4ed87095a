package functions;

import dev.jmpy.annotations.MicroPython;

/** Shift counts are masked: int shifts use count & 31, long shifts count & 63, including negative counts. */
@MicroPython
public class ShiftCounts {
  static int shl(int v, int n) {
    return v << n;
  }

  static int shr(int v, int n) {
    return v >> n;
  }

  static long lshl(long v, int n) {
    return v << n;
  }

  static long lshr(long v, int n) {
    return v >> n;
  }

  public static void main(String[] args) {
    int[] counts = {0, 1, 31, 32, 33, 63, 64, -1, -31, 100};
    for (int n : counts) {
      System.out.println("n=" + n + ": 1<<n=" + shl(1, n) + " -256>>n=" + shr(-256, n) + " 1L<<n=" + lshl(1L, n) + " MIN_LONG>>n=" + lshr(Long.MIN_VALUE, n));
    }
    System.out.println("literal: " + (1 << 31) + " " + (1 << 32) + " " + (1 << 33) + " " + (8 >> 35) + " " + (1L << 64) + " " + (1L << 65));
    System.out.println("-1 << 31 = " + (-1 << 31) + ", 3 << 30 = " + (3 << 30));
    int x = 5;
    x <<= 34;
    System.out.println("5 <<= 34 -> " + x);
    x >>= 33;
    System.out.println(">>= 33 -> " + x);
    long y = 3;
    y <<= 70;
    System.out.println("3L <<= 70 -> " + y);
    int mask = 0;
    for (int bit = 0; bit < 40; bit += 4) {
      mask |= 1 << bit;
    }
    System.out.println("mask with wrapped bits = " + mask);
    int unsignedLike = (-1 >> 28) & 0xF;
    System.out.println("(-1 >> 28) & 0xF = " + unsignedLike);
  }
}
