package lang;

import dev.jmpy.annotations.MicroPython;

/**
 * Locals reassigned with {@code =} whose values stay in a range jmpy works out (the union of what
 * they are assigned, or an invariant from their initializer), so their arithmetic, division and
 * indexing need no wrap and no sign fix-up; and the near misses that must keep them: a remainder
 * of a value that may be negative, a value that keeps growing until it overflows, two locals
 * feeding each other, a negative index.
 */
@MicroPython
public class ReassignedLocalRanges {
  static final String[] NAMES = {"a", "b", "c", "d", "e", "f", "g"};

  static int next(int v) {
    return v * 7 - 3;
  }

  public static void main(String[] args) {
    // from 12345, (seed * 1101 + 12345) % 65536 stays within 0..65535
    int seed = 12345;
    StringBuilder picked = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      seed = (seed * 1101 + 12345) % 65536;
      if (i % 250 == 0) {
        picked.append(NAMES[seed / 7 % NAMES.length]).append(seed % 7).append(' ');
      }
    }
    System.out.println("seed " + seed + " " + picked);

    // from -5, the same step gives negative remainders: Java's signs
    int negative = -5;
    StringBuilder signs = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      negative = (negative * 3 - 1) % 1000;
      signs.append(negative).append('/').append(negative / 7).append('/').append(negative % 7)
          .append(' ');
    }
    System.out.println("negative " + signs);

    // a value of unknown sign, then reduced: within -999..999, its square still fits an int
    int reduced = 0;
    for (int i = 0; i < 5; i++) {
      reduced = next(reduced * 1000 + i) % 1000;
      System.out.print(reduced * reduced * 2000 + " ");
    }
    System.out.println();

    // doubling: no invariant, so it wraps as Java's does
    int doubled = 1;
    long wide = 3;
    for (int i = 0; i < 40; i++) {
      doubled = doubled * 2 + 1;
      wide = wide * wide % 1_000_000_007L + wide;
    }
    System.out.println("doubled " + doubled + " " + wide);

    // two locals feeding each other
    int a = 1;
    int b = 1;
    for (int i = 0; i < 50; i++) {
      a = b % 100 + a;
      b = a * 3 % 101;
    }
    System.out.println("pair " + a + " " + b + " " + (a * 1000) / 3);

    // assigned in branches, read as an index
    int index = 0;
    int misses = 0;
    for (int i = 0; i < 20; i++) {
      if (i % 3 == 0) {
        index = i % NAMES.length;
      } else {
        index = NAMES.length - 1 - i % NAMES.length;
      }
      if (index == 6) {
        misses++;
      }
    }
    System.out.println("index " + NAMES[index] + " " + misses);

    // a remainder that may be negative, used as an index: Java throws
    int offset = 3;
    for (int i = 0; i < 3; i++) {
      offset = (offset - 5) % 7;
    }
    try {
      System.out.println("offset " + NAMES[offset]);
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("offset " + offset + " out of bounds");
    }

    // a narrow local: (short) of a sum keeps its type, not its range
    short s = 30000;
    for (int i = 0; i < 3; i++) {
      s = (short) (s + 10000);
    }
    char c = 'a';
    for (int i = 0; i < 3; i++) {
      c = (char) (c * 1000);
    }
    System.out.println("narrow " + s + " " + (int) c + " " + (s % 7) + " " + c % 7);
  }
}
