package lang;

import dev.jmpy.annotations.MicroPython;

/** Escapes and characters that are special in Python source. */
@MicroPython
public class StringEscapes {
  public static void main(String[] args) {
    System.out.println("tab[\t]");
    System.out.println("quote [\"] apostrophe ['] backslash [\\]");
    System.out.println("two\nlines");
    System.out.println("braces {0} {} percent %d %s");
    System.out.println("unicode \u00e9\u00e8 \u20ac");
    System.out.println("length of \\n = " + "\n".length());
    System.out.println("length of \\0 = " + "\0".length());
    System.out.println("length of e-acute = " + "\u00e9".length());
    System.out.println("triple \"\"\" quotes");
    System.out.println("hash # not a comment");
    String s = "a\\b";
    System.out.println(s + " has length " + s.length());
  }
}
