package text;

import dev.jmpy.annotations.MicroPython;

/** Integer.toHexString/toOctalString/toBinaryString and Long.toHexString (two's complement), Integer.compare, parse. */
@MicroPython
public class IntegerStrings {
  public static void main(String[] args) {
    int[] values = {0, 1, 10, 255, 4096, -1, -256, Integer.MAX_VALUE, Integer.MIN_VALUE};
    for (int v : values) {
      System.out.println(v + ": hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v) + " bin " + Integer.toBinaryString(v));
    }
    System.out.println("long hex: " + Long.toHexString(255L) + " " + Long.toHexString(-1L) + " " + Long.toHexString(1L << 40) + " " + Long.toHexString(Long.MIN_VALUE));
    System.out.println("compare: " + Integer.compare(1, 2) + " " + Integer.compare(2, 1) + " " + Integer.compare(5, 5) + " " + Integer.compare(Integer.MIN_VALUE, Integer.MAX_VALUE));
    Integer a = 300;
    Integer b = 200;
    System.out.println("Integer compareTo: " + a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(300));
    System.out.println("valueOf: " + (Integer.valueOf("123") + 1) + " parseInt: " + (Integer.parseInt("-77") * 2) + " parseLong: " + Long.parseLong("123456789012"));
    System.out.println("parseBoolean: " + Boolean.parseBoolean("true") + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null));
    String hex = Integer.toHexString(48879).toUpperCase();
    System.out.println("0x" + hex + " has " + hex.length() + " digits");
    StringBuilder bits = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      String b2 = Integer.toBinaryString(i);
      bits.append("0".repeat(3 - b2.length())).append(b2).append(' ');
    }
    System.out.println("padded bits: " + bits);
  }
}
