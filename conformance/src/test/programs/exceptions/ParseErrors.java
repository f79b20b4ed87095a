package exceptions;

import dev.jmpy.annotations.MicroPython;

/** Integer.parseInt / Long.parseLong / Integer.valueOf failures as NumberFormatException. */
@MicroPython
public class ParseErrors {
  static String parse(String s) {
    try {
      int v = Integer.parseInt(s);
      return "int " + v;
    } catch (NumberFormatException e) {
      return "NumberFormatException: " + e.getMessage();
    }
  }

  static String parseLong(String s) {
    try {
      return "long " + Long.parseLong(s);
    } catch (NumberFormatException e) {
      return "NumberFormatException: " + e.getMessage();
    }
  }

  public static void main(String[] args) {
    System.out.println(parse("123"));
    System.out.println(parse("-45"));
    System.out.println(parse("+6"));
    System.out.println(parse("12x"));
    System.out.println(parse("abc"));
    System.out.println(parse(""));
    System.out.println(parse("2147483647"));
    System.out.println(parse("2147483648"));
    System.out.println(parse("-2147483648"));
    System.out.println(parseLong("9223372036854775807"));
    System.out.println(parseLong("9223372036854775808"));
    System.out.println(parseLong("-12"));
    int total = 0;
    int bad = 0;
    String[] inputs = {"1", "two", "3", "4.0", "5"};
    for (String s : inputs) {
      try {
        total += Integer.valueOf(s);
      } catch (NumberFormatException e) {
        bad++;
      }
    }
    System.out.println("total " + total + ", bad " + bad);
    try {
      Integer.parseInt("oops");
    } catch (IllegalArgumentException e) {
      System.out.println("caught as IllegalArgumentException: " + e.getMessage());
    }
  }
}
