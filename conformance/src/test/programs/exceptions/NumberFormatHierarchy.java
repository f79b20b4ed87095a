package exceptions;

import dev.jmpy.annotations.MicroPython;

/**
 * NumberFormatException is an IllegalArgumentException: a catch of it before one of
 * IllegalArgumentException takes the right branch, an instanceof test sees both, and a class of
 * this module may extend it.
 */
@MicroPython
public class NumberFormatHierarchy {
  static class BadReading extends NumberFormatException {
    BadReading(String message) {
      super(message);
    }
  }

  static String classify(String s) {
    try {
      if (s.equals("negative")) {
        throw new IllegalArgumentException("negative not allowed");
      }
      if (s.equals("sensor")) {
        throw new BadReading("sensor says " + s);
      }
      return "value " + Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return "NumberFormatException: " + e.getMessage() + " (own class " + (e instanceof BadReading)
          + ")";
    } catch (IllegalArgumentException e) {
      return "IllegalArgumentException: " + e.getMessage();
    }
  }

  static int parseOr(String s, int fallback) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  public static void main(String[] args) {
    System.out.println(classify("42"));
    System.out.println(classify("4x2"));
    System.out.println(classify("negative"));
    System.out.println(classify("sensor"));
    System.out.println(parseOr("17", -1) + " " + parseOr("seventeen", -1));
    RuntimeException e = new NumberFormatException("made");
    System.out.println((e instanceof IllegalArgumentException) + " " + (e instanceof NumberFormatException));
    RuntimeException plain = new IllegalArgumentException("plain");
    System.out.println(plain instanceof NumberFormatException);
    try {
      Long.parseLong("99999999999999999999");
    } catch (IllegalArgumentException caught) {
      System.out.println("caught " + (caught instanceof NumberFormatException) + ": "
          + caught.getMessage());
    }
    try {
      throw new BadReading("raised");
    } catch (RuntimeException caught) {
      System.out.println("as RuntimeException: " + caught.getMessage());
    }
  }
}
