package nums;

import dev.jmpy.annotations.MicroPython;

/** Hex, octal and binary literals with the sign bit set, int and long, and underscores in literals. */
@MicroPython
public class SignBitLiterals {
  public static void main(String[] args) {
    int h1 = 0xFFFFFFFF;
    int h2 = 0x80000000;
    int h3 = 0x7FFFFFFF;
    int h4 = 0xDEADBEEF;
    System.out.println("0xFFFFFFFF = " + h1 + ", 0x80000000 = " + h2 + ", 0x7FFFFFFF = " + h3 + ", 0xDEADBEEF = " + h4);
    int o1 = 037777777777;
    int o2 = 020000000000;
    int o3 = 0777;
    System.out.println("037777777777 = " + o1 + ", 020000000000 = " + o2 + ", 0777 = " + o3);
    int b1 = 0b11111111111111111111111111111110;
    int b2 = 0b10000000000000000000000000000001;
    int b3 = 0b1010_1010;
    System.out.println("0b1..10 = " + b1 + ", 0b10..01 = " + b2 + ", 0b1010_1010 = " + b3);
    long l1 = 0xFFFFFFFFL;
    long l2 = 0xFFFFFFFFFFFFFFFFL;
    long l3 = 0x8000000000000000L;
    long l4 = 0xFFFFFFFF;
    System.out.println("0xFFFFFFFFL = " + l1 + ", 0xFFFF_FFFF_FFFF_FFFFL = " + l2 + ", 0x8000000000000000L = " + l3 + ", long from 0xFFFFFFFF = " + l4);
    long l5 = 01777777777777777777777L;
    long l6 = 0b1000000000000000000000000000000000000000000000000000000000000000L;
    System.out.println("octal long all ones = " + l5 + ", binary long sign bit = " + l6);
    int million = 1_000_000;
    long billions = 9_000_000_000L;
    System.out.println("1_000_000 = " + million + ", 9_000_000_000L = " + billions);
    System.out.println("0xFF + 1 = " + (0xFF + 1) + ", 0xFFFFFFFF + 1 = " + (0xFFFFFFFF + 1));
    System.out.println("0x80000000 - 1 = " + (0x80000000 - 1) + ", -0x80000000 = " + (-0x80000000));
    System.out.println("0xFFFFFFFF == -1: " + (0xFFFFFFFF == -1) + ", 0xFFFFFFFFL == -1: " + (0xFFFFFFFFL == -1));
    int[] table = {0x0, 0xF0F0F0F0, 0x12345678, 0xCAFEBABE};
    long total = 0;
    for (int t : table) {
      total += t;
    }
    System.out.println("sum of table as long = " + total);
    System.out.println("0xCAFEBABE >> 16 = " + (0xCAFEBABE >> 16) + ", & 0xFFFF = " + (0xCAFEBABE & 0xFFFF));
    char ch = 0xFFFF;
    byte by = (byte) 0x80;
    short sh = (short) 0x8000;
    System.out.println("char 0xFFFF = " + (int) ch + ", (byte) 0x80 = " + by + ", (short) 0x8000 = " + sh);
  }
}
