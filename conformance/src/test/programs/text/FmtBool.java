package text;

import dev.jmpy.annotations.MicroPython;

/** %b of booleans, a null Boolean (false) and other objects. */
@MicroPython
public class FmtBool {
  public static void main(String[] args) {
    String s = null;
    Boolean bx = null;
    System.out.println(String.format("%b|%b|%b|%b", s, "x", bx, 0));
    System.out.println(String.format("[%-5c][%5c]", 'a', 'b'));
  }
}
