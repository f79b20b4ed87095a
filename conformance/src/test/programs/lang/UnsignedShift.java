package lang;

import dev.jmpy.annotations.MicroPython;

/** >>> and >>>= on int and long, negative values, every count, byte/short/char after promotion. */
@MicroPython
public class UnsignedShift {
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  static long field = -123456789012345L;

  public static void main(String[] args) {
    int a = -17;
    int[] counts = {0, 1, 4, 16, 31, 32, 33, -1, 63, 64};
    for (int k : counts) {
      System.out.println("int -17 >>> " + k + " = " + (a >>> k) + ", 17 >>> " + k + " = " + (17 >>> k)
          + ", MIN >>> " + k + " = " + (Integer.MIN_VALUE >>> k));
    }
    long b = -17L;
    for (int k : counts) {
      System.out.println("long -17 >>> " + k + " = " + (b >>> k) + ", MIN >>> " + k + " = "
          + (Long.MIN_VALUE >>> k));
    }
    System.out.println("literal counts: " + (-1 >>> 0) + " " + (-1 >>> 28) + " " + (-1 >>> 32)
        + " " + (-1L >>> 60) + " " + (-1L >>> 64) + " " + (-1 >>> 33));
    long count = 33;
    System.out.println("int by a long count: " + (a >>> count) + ", long by an int count: " + (b >>> 3));
    byte by = -128;
    short sh = -2;
    char ch = '\uFFFF';
    System.out.println("promoted: " + (by >>> 4) + " " + (sh >>> 1) + " " + (ch >>> 4) + " "
        + (by >>> 0) + " " + ((byte) -1 >>> 24));
    byte b2 = -16;
    b2 >>>= 2;
    short s2 = -1;
    s2 >>>= 10;
    char c2 = 'z';
    c2 >>>= 1;
    int i2 = -1;
    i2 >>>= 1;
    long l2 = -1;
    l2 >>>= 1;
    System.out.println("compound: " + b2 + " " + s2 + " " + (int) c2 + " " + i2 + " " + l2);
    int zero = 0;
    int i3 = -5;
    i3 >>>= zero;
    long l3 = -5;
    l3 >>>= 64;
    System.out.println("by zero: " + i3 + " " + l3);
    field >>>= 7;
    System.out.println("static field: " + field);
    int[] arr = {-8, -9};
    arr[1] >>>= 30;
    System.out.println("element: " + arr[1] + " " + (arr[0] >>> 29));
    System.out.println("plus one: " + ((a >>> 1) + 1) + " " + ((b >>> 1) + 1));
    System.out.println("mix: " + mix(42) + " " + mix(-42) + " " + mix(0x7fffffff));
    int unsignedByte = (by & 0xFF) >>> 1;
    System.out.println("masked: " + unsignedByte);
    int x = -1;
    int y = x >>> 28 >>> 2;
    System.out.println("twice: " + y + " " + (x >>> 1 >> 1) + " " + (x >> 1 >>> 1));
  }
}
