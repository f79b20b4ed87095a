package arrays;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/**
 * Strings to and from char[] and byte[]: toCharArray, new String(chars[, off, n]), valueOf,
 * getBytes, and new String(bytes, UTF_8) of bytes made in Java, malformed ones becoming U+FFFD.
 */
@MicroPython
public class CharsAndBytes {
  static String codes(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      out.append((int) s.charAt(i)).append(' ');
    }
    return out.toString().strip();
  }

  public static void main(String[] args) {
    char[] cs = "hello".toCharArray();
    cs[0] = 'j';
    System.out.println(new String(cs) + " " + String.valueOf(cs) + " " + new String(cs, 1, 3) + " "
        + String.valueOf(cs, 2, 0).isEmpty() + " " + String.copyValueOf(cs) + " " + cs.length);
    System.out.println(cs);
    try {
      System.out.println(new String(cs, 3, 5));
    } catch (StringIndexOutOfBoundsException e) {
      System.out.println("range: " + e.getMessage());
    }
    byte[] ascii = "Hi!".getBytes();
    byte[] utf8 = "é€".getBytes(UTF_8);
    System.out.println(Arrays.toString(ascii) + " " + Arrays.toString(utf8) + " "
        + "é€".getBytes(UTF_8).length + " " + new String(utf8, UTF_8) + " " + new String(ascii));
    utf8[0]++;
    byte[] made = new byte[] {72, (byte) 0xC3, (byte) 0xA9, 33};
    byte[] broken = {65, (byte) 0xFF, 66, (byte) 0xE2, (byte) 0x82, 67, (byte) 0xC0, (byte) 0x80,
        (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF0, (byte) 0x9F, (byte) 0x98};
    System.out.println(new String(made, UTF_8) + " " + codes(new String(utf8, UTF_8)) + " "
        + codes(new String(broken, UTF_8)));
    byte[] copy = new byte[4];
    for (int i = 0; i < made.length; i++) {
      copy[i] = made[i];
    }
    System.out.println(new String(copy) + " " + new String(new char[] {'o', 'k'}) + " "
        + new String());
  }
}
