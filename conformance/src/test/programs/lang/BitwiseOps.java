package lang;

import dev.jmpy.annotations.MicroPython;

/** Bitwise operators on negative ints and arithmetic right shift. */
@MicroPython
public class BitwiseOps {
  public static void main(String[] args) {
    int a = -5;
    int b = 3;
    System.out.println("-5 & 0xFF = " + (a & 0xFF));
    System.out.println("-5 | 3 = " + (a | b));
    System.out.println("-5 ^ 7 = " + (a ^ 7));
    System.out.println("~0 = " + ~0);
    System.out.println("~-5 = " + ~a);
    System.out.println("-8 >> 1 = " + (-8 >> 1));
    System.out.println("-1 >> 10 = " + (-1 >> 10));
    System.out.println("-7 >> 1 = " + (-7 >> 1));
    System.out.println("-7 / 2 = " + (-7 / 2));
    System.out.println("1 << 30 = " + (1 << 30));
    System.out.println("3 << 4 = " + (3 << 4));
    System.out.println("-3 << 2 = " + (-3 << 2));
    System.out.println("0x0F0F & 0x00FF = " + (0x0F0F & 0x00FF));
    int flags = 0;
    flags |= 1 << 2;
    flags |= 1;
    System.out.println("flags = " + flags);
    flags &= ~1;
    System.out.println("cleared bit 0 = " + flags);
    flags ^= 0b110;
    System.out.println("toggled = " + flags);
    int v = 1000;
    v >>= 3;
    System.out.println("1000 >>= 3 -> " + v);
    v <<= 2;
    System.out.println("<<= 2 -> " + v);
    long big = 1L << 40;
    System.out.println("1L << 40 = " + big);
    System.out.println("-1L >> 63 = " + (-1L >> 63));
    boolean bit = (a & 1) != 0;
    System.out.println("-5 is odd: " + bit);
  }
}
