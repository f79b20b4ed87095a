package nums;

import dev.jmpy.annotations.MicroPython;

/** Bit manipulation by hand: popcount, lowest set bit, masks, parity, reversing bits, powers of two. */
@MicroPython
public class BitTricks {
  static int popcount(int x) {
    int n = 0;
    while (x != 0) {
      x &= x - 1;
      n++;
    }
    return n;
  }

  static int popcountShift(int x) {
    int n = 0;
    for (int i = 0; i < 32; i++) {
      n += (x >> i) & 1;
    }
    return n;
  }

  static int reverse(int x) {
    int r = 0;
    for (int i = 0; i < 32; i++) {
      r = (r << 1) | ((x >> i) & 1);
    }
    return r;
  }

  static boolean isPowerOfTwo(int x) {
    return x > 0 && (x & (x - 1)) == 0;
  }

  public static void main(String[] args) {
    int[] xs = {0, 1, 7, 255, -1, Integer.MIN_VALUE, 0x55555555, -0x55555556};
    for (int x : xs) {
      System.out.println(x + ": pop " + popcount(x) + "/" + popcountShift(x) + ", lowest " + (x & -x) + ", cleared " + (x & (x - 1)) + ", parity " + (popcount(x) & 1));
    }
    System.out.println("reverse(1) = " + reverse(1) + ", reverse(0xF0) = " + reverse(0xF0) + ", reverse(reverse(12345)) = " + reverse(reverse(12345)));
    String powers = "";
    for (int x = -4; x <= 17; x++) {
      if (isPowerOfTwo(x)) {
        powers += x + " ";
      }
    }
    System.out.println("powers of two in [-4, 17]: " + powers + "MIN is one: " + isPowerOfTwo(Integer.MIN_VALUE));
    int flags = 0;
    int[] set = {1, 3, 5, 31};
    for (int b : set) {
      flags |= 1 << b;
    }
    System.out.println("flags = " + flags);
    flags &= ~(1 << 3);
    flags ^= 1 << 4;
    System.out.println("after clear 3, toggle 4: " + flags + ", bit 31 set: " + ((flags & (1 << 31)) != 0));
    int color = 0xFF336699;
    int alpha = (color >> 24) & 0xFF;
    int red = (color >> 16) & 0xFF;
    int green = (color >> 8) & 0xFF;
    int blue = color & 0xFF;
    System.out.println("argb " + alpha + " " + red + " " + green + " " + blue);
    int packed = (alpha << 24) | (blue << 16) | (green << 8) | red;
    System.out.println("swapped red and blue: " + packed + " = " + Integer.toHexString(packed));
    int lowMask = (1 << 12) - 1;
    int field = (0xABCDEF >> 4) & lowMask;
    System.out.println("12-bit field at 4: " + field + ", mask " + lowMask + ", ~mask " + ~lowMask);
    long big = 0;
    for (int i = 0; i < 64; i += 9) {
      big |= 1L << i;
    }
    int longPop = 0;
    long tmp = big;
    while (tmp != 0) {
      tmp &= tmp - 1;
      longPop++;
    }
    System.out.println("long with bits every 9: " + big + ", pop " + longPop + ", sign bit " + (big < 0));
    int a = 12;
    int b = 25;
    a ^= b;
    b ^= a;
    a ^= b;
    System.out.println("xor swap: a = " + a + ", b = " + b);
  }
}
