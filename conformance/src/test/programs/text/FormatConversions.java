package text;

import dev.jmpy.annotations.MicroPython;

/** %x, %X, %o of negative ints (two's complement), %c, %b, %n, %%, printf, formatted. */
@MicroPython
public class FormatConversions {
  public static void main(String[] args) {
    System.out.println(String.format("hex %x %X %x %x", 255, 255, -1, Integer.MIN_VALUE));
    System.out.println(String.format("hex padded [%08x] [%4x]", 48879, 10));
    System.out.println(String.format("octal %o %o", 8, -8));
    System.out.println(String.format("long hex %x %x", 1L << 40, -1L));
    System.out.println(String.format("char %c%c%c", 'o', 'k', 33));
    System.out.println(String.format("bool %b %b", true, false));
    System.out.println(String.format("percent %d%% done%nnext line", 100));
    System.out.printf("printf %s=%d%n", "x", -3);
    System.out.printf("printf no args%n");
    System.out.println("%d items at %s".formatted(3, "home"));
    System.out.println("%5s|%-5s|".formatted("ab", "cd"));
    System.out.println("%s:%04d".formatted("id", 42));
  }
}
