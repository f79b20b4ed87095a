package nums;

import dev.jmpy.annotations.MicroPython;

/** String.hashCode values: empty, short, long (overflowing), colliding, non-ASCII, and hashes used for buckets. */
@MicroPython
public class StringHashCodes {
  static int manualHash(String s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  public static void main(String[] args) {
    String[] words = {"", "a", "A", "ab", "hello", "Hello", "polygenelubricants", "The quick brown fox jumps over the lazy dog", "é", "日本"};
    for (String w : words) {
      int h = w.hashCode();
      System.out.println("\"" + w + "\" -> " + h + (h == manualHash(w) ? "" : " MISMATCH"));
    }
    System.out.println("Aa/BB: " + "Aa".hashCode() + " " + "BB".hashCode() + ", AaAa/BBBB: " + "AaAa".hashCode() + " " + "BBBB".hashCode());
    String built = "hel" + "lo".toUpperCase().toLowerCase();
    System.out.println("built hello equal hash: " + (built.hashCode() == "hello".hashCode()));
    int[] buckets = new int[8];
    String[] keys = {"red", "green", "blue", "cyan", "magenta", "yellow", "black", "white", "orange", "purple"};
    for (String k : keys) {
      int h = k.hashCode();
      int slot = (h ^ (h >> 16)) & (buckets.length - 1);
      buckets[slot]++;
    }
    String dist = "";
    for (int b : buckets) {
      dist += b + " ";
    }
    System.out.println("bucket counts: " + dist);
    int combined = 17;
    for (String k : keys) {
      combined = combined * 31 + k.hashCode();
    }
    System.out.println("combined = " + combined);
    String repeated = "z".repeat(20);
    System.out.println("z x 20 -> " + repeated.hashCode() + ", abs mod 100 = " + Math.abs(repeated.hashCode() % 100));
    System.out.println("floorMod(hash, 7) of keys: " + Math.floorMod("red".hashCode(), 7) + " " + Math.floorMod("polygenelubricants".hashCode(), 7));
  }
}
