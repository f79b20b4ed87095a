package functions;

import dev.jmpy.annotations.MicroPython;

/** Hash computations that overflow int: 31*h + c string hashes, combined field hashes, djb2, FNV-1a. */
@MicroPython
public class HashComputation {
  static int polyHash(String s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  static int djb2(String s) {
    int h = 5381;
    for (char c : s.toCharArray()) {
      h = (h << 5) + h + c;
    }
    return h;
  }

  static int fnv1a(String s) {
    int h = -2128831035;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 16777619;
    }
    return h;
  }

  static int combine(int[] fields) {
    int result = 17;
    for (int f : fields) {
      result = 31 * result + f;
    }
    return result;
  }

  public static void main(String[] args) {
    String[] inputs = {"", "a", "hello", "Hello, World!", "the quick brown fox jumps over the lazy dog"};
    for (String s : inputs) {
      System.out.println("'" + s + "': poly=" + polyHash(s) + " djb2=" + djb2(s) + " fnv1a=" + fnv1a(s));
    }
    System.out.println("combine: " + combine(new int[] {1, 2, 3}) + " " + combine(new int[] {Integer.MAX_VALUE, -1, 123456789}));
    int h = 0;
    for (int i = 0; i < 1000; i++) {
      h = h * 31 + i;
    }
    System.out.println("rolling over 1000 ints: " + h);
    int bucket = (polyHash("bucket-key") & 0x7FFFFFFF) % 16;
    System.out.println("bucket index: " + bucket);
  }
}
