package lang;

import dev.jmpy.annotations.MicroPython;

/**
 * String.length() counts UTF-16 code units in Java.
 *
 * <p>Intended difference: MicroPython's len() counts code points, so a character outside the BMP
 * (an emoji) has length 2 on the JVM and 1 on the board; see docs/semantics.md.
 */
@MicroPython
public class UnicodeLength {
  public static void main(String[] args) {
    String ascii = "abc";
    String accented = "\u00e9t\u00e9";
    String euro = "\u20ac";
    String emoji = "\ud83d\ude00";
    System.out.println("ascii " + ascii.length());
    System.out.println("accented " + accented.length());
    System.out.println("euro " + euro.length());
    System.out.println("emoji " + emoji.length());
    System.out.println("emoji twice " + (emoji + emoji).length());
    System.out.println("printed " + accented + " " + euro + " " + emoji);
  }
}
