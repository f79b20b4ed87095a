package functions;

import dev.jmpy.annotations.MicroPython;

/** 64-bit long wrap-around: limits, multiplication, a 64-bit LCG and FNV-1a, int-to-long promotion. */
@MicroPython
public class LongOverflow {
  static long fnv64(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  static long twice(long v) {
    return v + v;
  }

  public static void main(String[] args) {
    System.out.println("twice(5e18) = " + twice(5000000000000000000L));
    long max = Long.MAX_VALUE;
    long min = Long.MIN_VALUE;
    System.out.println("MAX + 1 = " + (max + 1));
    System.out.println("MIN - 1 = " + (min - 1));
    System.out.println("MAX * 3 = " + (max * 3));
    System.out.println("-MIN = " + (-min));
    long seed = 42;
    for (int i = 0; i < 5; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      System.out.println("lcg " + i + ": " + seed);
    }
    System.out.println("fnv64(hello) = " + fnv64("hello"));
    System.out.println("fnv64('') = " + fnv64(""));
    int a = Integer.MAX_VALUE;
    long widened = a + 1L;
    long notWidened = a + 1;
    System.out.println("MAX_INT + 1L = " + widened + ", MAX_INT + 1 = " + notWidened);
    long product = (long) a * a;
    System.out.println("(long) MAX_INT * MAX_INT = " + product);
    long fact = 1;
    for (int i = 1; i <= 25; i++) {
      fact *= i;
    }
    System.out.println("25! as long = " + fact);
    long acc = 1;
    acc <<= 63;
    System.out.println("1L <<= 63 -> " + acc + ", minus 1 -> " + (acc - 1));
  }
}
