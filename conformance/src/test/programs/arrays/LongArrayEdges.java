package arrays;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.LongStream;

/**
 * A long[] (a list of ints on the board) at the edges of long: Long.MIN_VALUE and MAX_VALUE
 * elements, every store and compound assignment that overflows wrapping as Java's does (the list
 * keeps what it is given, so each stored value must already be a long), and every way a long[] is
 * made, copied, filled, sorted, compared, hashed and printed.
 */
@MicroPython
public class LongArrayEdges {
  record Stamped(String name, long[] times) {}

  static long sum(long... xs) {
    long total = 0;
    for (long x : xs) {
      total += x;
    }
    return total;
  }

  /** A varargs array the method writes into (it becomes a real array). */
  static long[] doubled(long... xs) {
    for (int i = 0; i < xs.length; i++) {
      xs[i] *= 2;
    }
    return xs;
  }

  static long[] edges() {
    return new long[] {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};
  }

  static int index(int i) {
    System.out.println("index " + i);
    return i;
  }

  public static void main(String[] args) {
    long[] zeros = new long[4];
    System.out.println("zeros " + Arrays.toString(zeros) + " " + zeros.length + " "
        + Arrays.toString(new long[0]));

    long[] a = edges();
    System.out.println("edges " + Arrays.toString(a));
    long big = Long.MAX_VALUE;
    a[0] = big * 3;
    a[1] = big + big;
    a[2] = Long.MIN_VALUE - 1;
    a[3] = (long) Integer.MAX_VALUE * Integer.MAX_VALUE * 4;
    a[4] = -Long.MIN_VALUE;
    System.out.println("stored " + Arrays.toString(a));

    a = edges();
    a[4] += 1;
    a[0] -= 1;
    a[3] *= Long.MAX_VALUE;
    a[1] <<= 63;
    a[2] += Long.MAX_VALUE;
    a[2] += Long.MAX_VALUE;
    System.out.println("compound " + Arrays.toString(a));

    a = edges();
    a[4]++;
    a[0]--;
    ++a[3];
    long before = a[4]--;
    System.out.println("increments " + Arrays.toString(a) + " " + before);

    a = edges();
    a[0] /= -1;
    a[4] %= 7;
    a[3] /= 2;
    a[1] >>= 1;
    a[2] |= Long.MIN_VALUE;
    a[4] ^= -1;
    System.out.println("more " + Arrays.toString(a));

    a = edges();
    a[index(4)] += a[index(4)];
    int i = 0;
    a[i++] += 5;
    System.out.println("once " + Arrays.toString(a) + " " + i);

    int n = 70000;
    a[2] = n * n;
    a[3] = (long) n * n;
    System.out.println("widened " + a[2] + " " + a[3]);

    long total = 0;
    for (long x : edges()) {
      total += x;
    }
    System.out.println("for-each " + total + " " + sum(edges()) + " " + sum() + " "
        + sum(Long.MAX_VALUE, 1));
    System.out.println("varargs " + Arrays.toString(doubled(Long.MAX_VALUE, -3, Long.MIN_VALUE)));

    long[] b = edges();
    long[] c = b.clone();
    c[0] = 9;
    System.out.println("clone " + b[0] + " " + c[0] + " " + Arrays.equals(b, edges()) + " "
        + Arrays.equals(b, c) + " " + (b == c) + " " + b.equals(b));
    System.out.println("hash " + Arrays.hashCode(b) + " " + Arrays.hashCode(zeros) + " "
        + Arrays.hashCode(new long[] {Long.MIN_VALUE}) + " " + Arrays.hashCode((long[]) null));

    long[] grown = Arrays.copyOf(b, 7);
    long[] cut = Arrays.copyOf(b, 2);
    long[] range = Arrays.copyOfRange(b, 3, 6);
    grown[6] += Long.MAX_VALUE;
    System.out.println("copies " + Arrays.toString(grown) + " " + Arrays.toString(cut) + " "
        + Arrays.toString(range));

    long[] filled = new long[5];
    Arrays.fill(filled, Long.MIN_VALUE);
    Arrays.fill(filled, 1, 3, Long.MAX_VALUE);
    filled[4]--;
    System.out.println("fill " + Arrays.toString(filled));

    long[] sorted = {3, Long.MAX_VALUE, -7, Long.MIN_VALUE, 0, 3};
    Arrays.sort(sorted);
    System.out.println("sort " + Arrays.toString(sorted) + " "
        + Arrays.binarySearch(sorted, Long.MAX_VALUE) + " " + Arrays.binarySearch(sorted, 1));
    long[] part = {5, 4, 3, 2, 1};
    Arrays.sort(part, 1, 4);
    System.out.println("sort range " + Arrays.toString(part));

    long[] target = new long[6];
    System.arraycopy(b, 3, target, 0, 2);
    System.arraycopy(target, 0, target, 1, 4);
    System.out.println("arraycopy " + Arrays.toString(target));

    long[] streamed = LongStream.rangeClosed(1, 4).map(x -> x * Long.MAX_VALUE).toArray();
    System.out.println("stream " + Arrays.toString(streamed) + " " + Arrays.stream(edges()).sum()
        + " " + Arrays.stream(edges()).max().getAsLong() + " "
        + Arrays.toString(Arrays.stream(b).map(x -> x + 1).toArray()));

    long[][] grid = new long[2][3];
    grid[1][2] = Long.MAX_VALUE;
    grid[1][2] += 2;
    grid[0][0]--;
    long[][] jagged = {{Long.MIN_VALUE}, {}, {1, 2}};
    jagged[2][1] *= Long.MIN_VALUE;
    System.out.println("grid " + Arrays.deepToString(grid) + " " + Arrays.deepToString(jagged)
        + " " + Arrays.toString(grid[1]));

    Stamped s = new Stamped("run", b);
    System.out.println("record " + s.equals(new Stamped("run", b)) + " " + s.times()[4]);

    BitSet bits = BitSet.valueOf(new long[] {-1, Long.MIN_VALUE});
    long[] words = bits.toLongArray();
    words[1]--;
    System.out.println("bitset " + bits.cardinality() + " " + Arrays.toString(words));

    try {
      long[] neg = new long[n - 70001];
      System.out.println("no exception " + neg.length);
    } catch (NegativeArraySizeException e) {
      System.out.println("negative size " + e.getMessage());
    }
    try {
      System.out.println(b[5]);
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("out of bounds");
    }
  }
}
