package classes;

import dev.jmpy.annotations.MicroPython;

/** Compact constructors: validation that throws, and normalisation of parameters. */
@MicroPython
public class RecordCompact {
  record Range(int lo, int hi) {
    Range {
      if (lo > hi) {
        throw new IllegalArgumentException("lo > hi: " + lo + " > " + hi);
      }
    }

    int length() {
      return hi - lo;
    }

    boolean contains(int v) {
      return v >= lo && v < hi;
    }
  }

  record Name(String first, String last) {
    Name {
      first = first.trim();
      last = last.toUpperCase();
    }

    String full() {
      return first + " " + last;
    }
  }

  static void tryRange(int lo, int hi) {
    try {
      Range r = new Range(lo, hi);
      System.out.println("made " + r + " length " + r.length());
    } catch (IllegalArgumentException e) {
      System.out.println("rejected: " + e.getMessage());
    }
  }

  public static void main(String[] args) {
    tryRange(1, 5);
    tryRange(5, 1);
    tryRange(-3, -3);
    Range r = new Range(10, 20);
    System.out.println("contains 10: " + r.contains(10) + ", 20: " + r.contains(20) + ", 15: " + r.contains(15));
    Name n = new Name("  ada ", "lovelace");
    System.out.println(n);
    System.out.println(n.full());
    System.out.println("first length: " + n.first().length());
    System.out.println("normalised equal: " + n.equals(new Name("ada", "Lovelace")));
  }
}
