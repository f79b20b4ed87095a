package nums;

import dev.jmpy.annotations.MicroPython;

/** Shifts by counts held in variables: large, negative and exactly the width, on int and long. */
@MicroPython
public class ShiftVariables {
  public static void main(String[] args) {
    int one = 1;
    int[] counts = {0, 1, 31, 32, 33, 63, 64, -1, -31, -32, 100};
    for (int n : counts) {
      System.out.println("1 << " + n + " = " + (one << n) + ", -256 >> " + n + " = " + (-256 >> n) + ", 1L << " + n + " = " + (1L << n));
    }
    long lv = -1L;
    for (int n = 60; n <= 68; n += 4) {
      System.out.println("-1L << " + n + " = " + (lv << n) + ", 0x7000L >> " + n + " = " + (0x7000L >> n));
    }
    int x = 5;
    int s = 34;
    x <<= s;
    System.out.println("5 <<= 34 -> " + x);
    x >>= -30;
    System.out.println("then >>= -30 -> " + x);
    long y = 3;
    y <<= 65;
    System.out.println("3L <<= 65 -> " + y);
    long shiftAmount = 33;
    int z = 1 << shiftAmount;
    System.out.println("1 << 33L = " + z);
    int bits = 0;
    for (int i = 0; i < 40; i += 8) {
      bits |= 1 << i;
    }
    System.out.println("bits set every 8 up to 40: " + bits);
    int v = 0x12345678;
    String bytes = "";
    for (int i = 24; i >= 0; i -= 8) {
      bytes += ((v >> i) & 0xFF) + " ";
    }
    System.out.println("bytes of 0x12345678: " + bytes);
    int neg = 0x87654321;
    bytes = "";
    for (int i = 24; i >= 0; i -= 8) {
      bytes += (byte) (neg >> i) + " ";
    }
    System.out.println("signed bytes of 0x87654321: " + bytes);
    int rot = 0x80000001;
    int k = 4;
    int rotated = (rot << k) | ((rot >> (32 - k)) & ((1 << k) - 1));
    System.out.println("rotate left by 4 without >>>: " + rotated);
  }
}
