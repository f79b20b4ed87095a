package nums;

import dev.jmpy.annotations.MicroPython;

/** Integer.toHexString/toBinaryString/toOctalString and Long.toHexString of negative and edge values. */
@MicroPython
public class RadixStrings {
  public static void main(String[] args) {
    int[] values = {0, 1, -1, 255, -256, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xCAFE, -0xCAFE};
    for (int v : values) {
      System.out.println(v + ": hex " + Integer.toHexString(v) + ", oct " + Integer.toOctalString(v));
    }
    int[] small = {5, -5, 128, -128, 1 << 30};
    for (int v : small) {
      System.out.println(v + ": bin " + Integer.toBinaryString(v) + " (" + Integer.toBinaryString(v).length() + " digits)");
    }
    long[] longs = {0L, -1L, 255L, -256L, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789ABCDEFL, 4294967296L};
    for (long v : longs) {
      System.out.println(v + "L: hex " + Long.toHexString(v));
    }
    byte b = -1;
    short s = -2;
    char c = 'A';
    System.out.println("byte -1: " + Integer.toHexString(b) + ", byte -1 & 0xFF: " + Integer.toHexString(b & 0xFF));
    System.out.println("short -2: " + Integer.toHexString(s) + ", char A: " + Integer.toHexString(c));
    int x = -16;
    String bits = Integer.toBinaryString(x);
    int ones = 0;
    for (int i = 0; i < bits.length(); i++) {
      if (bits.charAt(i) == '1') {
        ones++;
      }
    }
    System.out.println("-16 has " + ones + " one bits of " + bits.length());
    String hex = Integer.toHexString(-559038737);
    System.out.println("-559038737 -> " + hex + " upper " + hex.toUpperCase());
    System.out.println("MIN - 1 hex: " + Integer.toHexString(Integer.MIN_VALUE - 1));
    System.out.println("(int) 0x1FFFFFFFFL hex: " + Integer.toHexString((int) 0x1FFFFFFFFL));
  }
}
