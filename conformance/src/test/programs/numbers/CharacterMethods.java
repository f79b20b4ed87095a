package nums;

import dev.jmpy.annotations.MicroPython;

/** Character tests and digit conversions with Java's answers for ASCII and Latin-1. */
@MicroPython
public class CharacterMethods {
  static int calls;

  static char next(char c) {
    calls++;
    return c;
  }

  public static void main(String[] args) {
    String text = "aZ9 _\t\u001c\u00a0\u00e9\u00c9\u00df\u00aa\u00b5\u00d7\u00f7\u00b2\u00bd-";
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      System.out.println((int) c + ": letter " + Character.isLetter(c) + " digit " + Character.isDigit(c)
          + " letterOrDigit " + Character.isLetterOrDigit(c) + " alphabetic " + Character.isAlphabetic(c)
          + " upper " + Character.isUpperCase(c) + " lower " + Character.isLowerCase(c)
          + " space " + Character.isWhitespace(c) + " numeric " + Character.getNumericValue(c)
          + " digit16 " + Character.digit(c, 16) + " digit36 " + Character.digit(c, 36));
    }
    StringBuilder hex = new StringBuilder();
    for (int d = 0; d < 17; d++) {
      hex.append(Character.forDigit(d, 16));
    }
    System.out.println("forDigit " + hex + " " + (int) Character.forDigit(5, 40) + " " + (int) Character.forDigit(-1, 10));
    System.out.println("digit out of radix " + Character.digit('7', 7) + " " + Character.digit('7', 1) + " "
        + Character.digit('\uff19', 10));
    System.out.println("once " + Character.isDigit(next('5')) + " " + Character.isLetter(next('x')) + " calls " + calls);
  }
}
