package arrays;

import dev.jmpy.annotations.MicroPython;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * java.io.ByteArrayOutputStream as a growing byte sink: write(int) keeps the low 8 bits,
 * write(byte[]), write(b, off, len) with Java's range check, writeBytes, size, reset,
 * toByteArray (a new byte[] each time) and toString (UTF-8, malformed bytes as U+FFFD).
 */
@MicroPython
public class ByteArrayStreams {
  public static void main(String[] args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x7E);
    out.write(-1);
    out.write(0x141);
    byte b = -128;
    out.write(b);
    out.write(b ^ 0x20);
    System.out.println(out.size() + " " + Arrays.toString(out.toByteArray()));

    byte[] copy = out.toByteArray();
    copy[0] = 0;
    System.out.println(Arrays.toString(out.toByteArray()) + " " + Arrays.toString(copy));

    out.reset();
    out.write("hi ".getBytes());
    out.write(new byte[] {'a', 'b', 'c', 'd'}, 1, 2);
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0xA9});
    System.out.println(out.size() + " [" + out.toString() + "]");
    out.write(0xC3);
    System.out.println(out.size() + " " + out.toString().length());
    try {
      out.write(new byte[3], 2, 2);
    } catch (IndexOutOfBoundsException e) {
      System.out.println(e.getMessage());
    }
    out.reset();
    System.out.println(out.size() + " " + out.toByteArray().length + " [" + out + "]");
  }
}
