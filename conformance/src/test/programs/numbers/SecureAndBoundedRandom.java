package nums;

import dev.jmpy.annotations.MicroPython;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Random.nextLong(bound) (RandomGenerator's default method: Java's sequence from a seed), and
 * SecureRandom, whose values are the board's random bits: only their properties are printed (a
 * one-time pad that decrypts back), since no program can repeat a SecureRandom's values.
 */
@MicroPython
public class SecureAndBoundedRandom {
  private static final SecureRandom RANDOM = new SecureRandom();

  static byte[] xor(byte[] data, byte[] key) {
    byte[] out = new byte[data.length];
    for (int i = 0; i < data.length; i++) {
      out[i] = (byte) (data[i] ^ key[i]);
    }
    return out;
  }

  public static void main(String[] args) {
    Random seeded = new Random(2026);
    StringBuilder longs = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      longs.append(seeded.nextLong(1_000_000_007L)).append(' ');
      longs.append(seeded.nextLong(1L << 40)).append(' ');
    }
    System.out.println(longs.toString().trim());
    try {
      seeded.nextLong(0);
    } catch (IllegalArgumentException e) {
      System.out.println("nextLong(0): " + e.getMessage());
    }
    byte[] key = new byte[12];
    RANDOM.nextBytes(key);
    byte[] message = "hello, board".getBytes();
    byte[] back = xor(xor(message, key), key);
    System.out.println("key length " + key.length + ", decrypts: " + new String(back));
    boolean inRange = true;
    for (int i = 0; i < 200; i++) {
      int v = RANDOM.nextInt(6);
      long w = RANDOM.nextLong(10);
      inRange &= v >= 0 && v < 6 && w >= 0 && w < 10;
    }
    System.out.println("nextInt(6), nextLong(10) in range: " + inRange);
  }
}
