import dev.jmpy.annotations.MicroPython;

/**
 * A local reassigned in a loop keeps the range of what it is assigned: from 12345,
 * {@code (seed * 1101 + 12345) % 65536} stays within 0..65535, so nothing is wrapped or fixed up;
 * from -5 the remainder may be negative and keeps Java's sign.
 */
@MicroPython
public class Words {
  static final String[] WORDS = {"alpha", "bravo", "charlie", "delta"};

  public static void main(String[] args) {
    int seed = 12345;
    int drift = -5;
    for (int i = 0; i < 100; i++) {
      seed = (seed * 1101 + 12345) % 65536;
      drift = (drift * 3 - 1) % 1000;
      System.out.println(WORDS[seed / 7 % WORDS.length] + (seed % 7) + " " + drift / 16);
    }
  }
}
