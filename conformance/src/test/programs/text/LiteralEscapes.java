package text;

import dev.jmpy.annotations.MicroPython;

/**
 * String, char and text block literals as javac reads them: Unicode escapes first (also where they
 * spell a backslash or a quote, with several u's, or a line break in a comment), then the escapes
 * of JLS 3.10.7 ({@code \s}, octal, {@code \<newline>} in text blocks), then a text block's
 * indentation stripping.
 */
@MicroPython
public class LiteralEscapes {
  static String units(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append((int) s.charAt(i));
    }
    return out.toString();
  }

  static void show(String label, String s) {
    System.out.println(label + " [" + s + "] " + units(s));
  }

  public static void main(String[] args) {
    show("unicode quote", "\u005c\u0022");
    show("unicode backslash n", "\u005cn");
    show("many u", "\uuu0041\uuuuu0042");
    show("escaped backslash u", "\\u0041");
    show("space escape", "a\sb\s");
    System.out.println("octal " + units("\0|\7|\101|\377|\1234"));
    System.out.println("controls " + units("\t\b\f\r|\'\""));
    show("unicode in escape", "x\u005ctx");
    show("escaped non-ASCII", "\u00e9\u20AC");
    String after = "before";
    // a Unicode line break ends this comment for javac:\u000a after = "after the comment";
    show("comment", after);
    show("text block", """
        line one
          indented \s
        trailing spaces go:   
        joined \
        here\ttab "quotes" \"""
        """);
    show("closing indent", """
            four
          two
        """);
    show("no final newline", """
        end""");
    char space = '\s';
    char quote = '\u005c'';
    char backslash = '\u005c\u005c';
    System.out.println("chars " + (int) space + " " + (int) quote + " " + (int) backslash + " " + (int) '\u0041');
    int \u0061bc = 7;
    System.out.println("identifier " + abc);
  }
}
