package lang;

import dev.jmpy.annotations.MicroPython;

/** Inputs Java's parseInt rejects but Python's int() accepts, and the reverse. */
@MicroPython
public class ParseIntErrors {
  static String tryParse(String s) {
    try {
      return "ok " + Integer.parseInt(s);
    } catch (Exception e) {
      return "error";
    }
  }

  public static void main(String[] args) {
    System.out.println("'12' -> " + tryParse("12"));
    System.out.println("'abc' -> " + tryParse("abc"));
    System.out.println("'' -> " + tryParse(""));
    System.out.println("' 5' -> " + tryParse(" 5"));
    System.out.println("'5 ' -> " + tryParse("5 "));
    System.out.println("'1_000' -> " + tryParse("1_000"));
    System.out.println("'0x10' -> " + tryParse("0x10"));
    System.out.println("'3.0' -> " + tryParse("3.0"));
    System.out.println("'-' -> " + tryParse("-"));
    System.out.println("'2147483648' -> " + tryParse("2147483648"));
    System.out.println("'-2147483648' -> " + tryParse("-2147483648"));
  }
}
