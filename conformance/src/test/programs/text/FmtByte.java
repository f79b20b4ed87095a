package text;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** %x and %o of a byte or short print 8 or 16 bits, as Java does. */
@MicroPython
public class FmtByte {
  public static void main(String[] args) {
    byte b = -1;
    short s = -2;
    System.out.println(String.format("%x %X %o", b, s, b));
    System.out.println(String.format("%s|%s", List.of("a", "b"), List.of(true)));
  }
}
