package lang;

import dev.jmpy.annotations.MicroPython;

/** Hex, octal, binary, underscores and long suffixes. */
@MicroPython
public class NumericLiterals {
  public static void main(String[] args) {
    System.out.println("0x1F = " + 0x1F);
    System.out.println("0XfF = " + 0XfF);
    System.out.println("017 (octal) = " + 017);
    System.out.println("00 = " + 00);
    System.out.println("0b101 = " + 0b101);
    System.out.println("1_000_000 = " + 1_000_000);
    System.out.println("100L = " + 100L);
    System.out.println("0x7fffffff = " + 0x7fffffff);
    System.out.println("0xFFFFFFFFL = " + 0xFFFFFFFFL);
    System.out.println("0777L = " + 0777L);
    System.out.println("-0x10 = " + -0x10);
    System.out.println("0 = " + 0);
    int x = 010 + 0b10 + 0x10;
    System.out.println("010 + 0b10 + 0x10 = " + x);
  }
}
