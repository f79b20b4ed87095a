package arrays;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every primitive array type: Java's zeros, literals, length, for-each, indexing, and stores that
 * narrow as Java's casts do (a typed array on the board keeps the low bits of what it stores).
 */
@MicroPython
public class PrimitiveArrays {
  static int sum(int[] xs) {
    int total = 0;
    for (int x : xs) {
      total += x;
    }
    return total;
  }

  public static void main(String[] args) {
    byte[] b = new byte[3];
    short[] s = new short[3];
    char[] c = new char[3];
    int[] i = new int[3];
    long[] l = new long[3];
    boolean[] z = new boolean[3];
    System.out.println(Arrays.toString(b) + Arrays.toString(s) + Arrays.toString(i)
        + Arrays.toString(l) + Arrays.toString(z) + " " + (int) c[0] + " " + c.length);
    b[0] = (byte) 200;
    b[1] = (byte) -129;
    b[2] = (byte) 0x7F;
    s[0] = (short) 70000;
    s[1] = (short) -32769;
    s[2] = Short.MIN_VALUE;
    c[0] = 'A';
    c[1] = (char) -1;
    c[2] = (char) 65601;
    i[0] = Integer.MAX_VALUE;
    i[1] = i[0] + 1;
    i[2] = i[0] * 3;
    l[0] = Long.MAX_VALUE;
    l[1] = l[0] + 2;
    l[2] = (long) i[0] * i[0];
    z[1] = true;
    System.out.println(Arrays.toString(b) + " " + Arrays.toString(s) + " " + Arrays.toString(c)
        + " " + (int) c[1] + " " + (int) c[2]);
    System.out.println(Arrays.toString(i) + " " + Arrays.toString(l) + " " + Arrays.toString(z));
    int[] primes = {2, 3, 5, 7, 11};
    byte[] raw = {1, -1, (byte) 0x80, 127};
    char[] word = {'j', 'a', 'v', 'a'};
    boolean[] flags = {true, false, true};
    long[] big = new long[] {1L << 40, -1};
    System.out.println(sum(primes) + " " + primes.length + " " + raw[2] + " " + word[3] + " "
        + flags[0] + " " + flags[1] + " " + big[0] + " " + Arrays.toString(raw));
    int total = 0;
    for (byte x : raw) {
      total += x;
    }
    StringBuilder letters = new StringBuilder();
    for (char x : word) {
      letters.append(x);
    }
    List<Boolean> boxed = new ArrayList<>();
    for (boolean x : flags) {
      boxed.add(x);
    }
    boxed.add(flags[1]);
    boolean first = flags[0];
    boolean same = flags[0] == flags[2];
    System.out.println(total + " " + letters + " " + boxed + " " + first + " " + same + " "
        + (flags[1] ? "yes" : "no") + " " + !flags[1] + " " + (flags[0] && !flags[1]));
    int[][] grid = new int[2][3];
    grid[1][2] = 9;
    grid[0] = new int[] {4, 5};
    long[][] ragged = new long[2][];
    ragged[0] = new long[1];
    int[][] table = {{1, 2}, {3}};
    System.out.println(Arrays.toString(grid[0]) + Arrays.toString(grid[1]) + " " + grid.length
        + " " + grid[1].length + " " + (ragged[1] == null) + " " + ragged[0].length + " "
        + table[1][0] + " " + Arrays.deepToString(table));
    String[] names = new String[2];
    names[1] = "x";
    System.out.println(Arrays.toString(names) + " " + names.length);
  }
}
