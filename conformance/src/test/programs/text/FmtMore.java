package text;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** More %x/%X/%o of narrow and wide integers, with widths and flags. */
@MicroPython
public class FmtMore {
  record P(int x, String y) {}

  public static void main(String[] args) {
    long big = 1L << 40;
    char c = 'Z';
    Integer boxed = null;
    System.out.println(String.format("%d|%x|%c|%s|%s", big, -big, c, boxed, List.of(1, 2)));
    System.out.println(String.format("%s|%-10s|%10s", new P(1, "a"), new P(2, null), true));
    System.out.println(String.format("%5s|%-5b|%3c|%o", 42, true, 'q', 64));
    System.out.println(String.format("%+05d|%-+6d|%x|%X", 42, -3, (byte) -1, (short) -2));
    System.out.println(String.format("%d%%", 50) + String.format("%n").length());
    String name = null;
    System.out.println(String.format("hello %s!", name) + " " + "%d-%d".formatted(1, -1));
    System.out.println(String.format("%s %s", 'a' + 1, (char) ('a' + 1)));
  }
}
