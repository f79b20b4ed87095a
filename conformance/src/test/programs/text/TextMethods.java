package text;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.stream.Collectors;

/** String repeat, strip, isBlank, lines, chars, compareTo, regionMatches, startsWith with an offset; format of a conditional. */
@MicroPython
public class TextMethods {
  static String describe(CharSequence cs) {
    return cs.length() + ":" + (cs.isEmpty() ? "-" : String.valueOf(cs.charAt(0))) + ":" + cs;
  }

  public static void main(String[] args) {
    System.out.println("[" + "ab".repeat(3) + "][" + "x".repeat(0) + "]");
    int times = args.length - 1;
    try {
      System.out.println("ab".repeat(times));
    } catch (IllegalArgumentException e) {
      System.out.println("negative repeat: " + e.getMessage());
    }
    String padded = " \t hello world \n";
    System.out.println("[" + padded.strip() + "][" + padded.stripLeading() + "][" + padded.stripTrailing() + "]");
    System.out.println("[" + "\u2003wide\u3000".strip() + "] [" + "\u00a0nbsp\u00a0".strip().length() + "]");
    for (String s : List.of("", "   ", " x ", "\t\n", "\u2028")) {
      System.out.println("blank(" + s.length() + ")=" + s.isBlank() + " empty=" + s.isEmpty());
    }
    String text = "first line\nsecond\r\nthird\rlast\n";
    System.out.println(text.lines().count() + " lines");
    System.out.println(text.lines().map(String::toUpperCase).collect(Collectors.toList()));
    System.out.println("".lines().count() + " " + "\n\n".lines().count());
    System.out.println("a1b2c3".chars().filter(c -> Character.isDigit(c)).count() + " digits");
    System.out.println("abc".chars().sum());
    System.out.println("apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("ab")
        + " " + "same".compareTo("same") + " " + "Zebra".compareTo("apple"));
    String hello = "Hello World";
    System.out.println(hello.regionMatches(6, "World!", 0, 5) + " " + hello.regionMatches(6, "world", 0, 5)
        + " " + hello.regionMatches(true, 6, "wORLD", 0, 5) + " " + hello.regionMatches(8, "rld!", 0, 4)
        + " " + hello.regionMatches(-1, "H", 0, 1));
    int at = 6;
    System.out.println(hello.startsWith("World", at) + " " + hello.startsWith("World", 5) + " "
        + hello.startsWith("", 11) + " " + hello.startsWith("", 12) + " " + hello.startsWith("H", -1));
    boolean ok = args.length == 0;
    System.out.println(String.format("%s/%s", ok ? "yes" : "no", ok ? 1 : "none"));
    System.out.printf("[%5s]%n", !ok ? "on" : "off");
    StringBuilder sb = new StringBuilder("builder");
    System.out.println(describe(sb) + " " + describe("str") + " " + describe(""));
    CharSequence seq = sb;
    System.out.println("seq: " + seq + " " + seq.toString().length());
  }
}
