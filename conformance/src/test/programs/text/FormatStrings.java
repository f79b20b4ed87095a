package text;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** String.format with %s and %d: widths, left alignment, zero padding, signs, and Java's text of each argument. */
@MicroPython
public class FormatStrings {
  enum Color {
    RED
  }

  record P(int x) {}

  public static void main(String[] args) {
    System.out.println(String.format("plain %s and %d", "text", 42));
    System.out.println(String.format("[%5d] [%-5d] [%05d] [%+d] [% d] [%+d]", 42, 42, 42, 42, 42, -42));
    System.out.println(String.format("[%8s] [%-8s] [%s]", "right", "left", ""));
    System.out.println(String.format("negative zero-pad [%06d] width smaller [%2d]", -42, 12345));
    System.out.println(String.format("long %d, min int %d", 123456789012345L, Integer.MIN_VALUE));
    System.out.println(String.format("booleans %s %s, null %s", true, false, null));
    System.out.println(String.format("objects %s %s %s", Color.RED, new P(3), List.of(1, 2)));
    System.out.println(String.format("char %s and int %s", 'c', 7));
    System.out.println(String.format("no arguments"));
    System.out.println(String.format("%s%s%s", "a", "b", "c"));
    String name = "Ann";
    int score = 7;
    System.out.println(String.format("%-6s|%3d|", name, score));
    for (int i = 1; i <= 3; i++) {
      System.out.println(String.format("row %2d: %-4s|", i, "*".repeat(i)));
    }
  }
}
