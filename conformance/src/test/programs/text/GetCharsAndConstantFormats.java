package gcfmt;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/**
 * String.getChars into a char[] with Java's range checks, and String.format with a format that is
 * a constant expression (a static final String, literals and constants joined with +), which
 * javac folds, so it is translated at compile time as a literal is.
 */
@MicroPython
public class GetCharsAndConstantFormats {
  static final int WIDTH = 8;
  static final String CELL = "|%-" + WIDTH + "s|";
  static final char FILL = '0';

  public static void main(String[] args) {
    char[] letters = new char[8];
    Arrays.fill(letters, ' ');
    String name = "THERMO";
    name.getChars(0, name.length(), letters, 0);
    System.out.println(Arrays.toString(letters) + " [" + new String(letters) + "]");
    "abcdef".getChars(2, 5, letters, 5);
    System.out.println(new String(letters));
    try {
      "abc".getChars(1, 4, letters, 0);
    } catch (IndexOutOfBoundsException e) {
      System.out.println(e.getMessage());
    }
    try {
      "abc".getChars(0, 3, letters, 6);
    } catch (IndexOutOfBoundsException e) {
      System.out.println(e.getMessage());
    }

    System.out.println(String.format("%-" + WIDTH + "s", "pad") + "|");
    System.out.println(String.format(CELL, "cell"));
    System.out.println(String.format("%" + FILL + WIDTH + "d", 42));
    System.out.println(String.format(("%" + 5) + "s" + CELL, "x", "y"));
  }
}
