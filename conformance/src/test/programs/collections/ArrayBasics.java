package colls;

import dev.jmpy.annotations.MicroPython;

/** Arrays: new int[n] and new String[n] defaults, literals, length, index assignment, for-each, 2-D arrays. */
@MicroPython
public class ArrayBasics {
  public static void main(String[] args) {
    int[] zeros = new int[4];
    String[] nulls = new String[2];
    boolean[] flags = new boolean[3];
    long[] longs = new long[2];
    System.out.println("int defaults " + zeros[0] + " " + zeros[3] + " length " + zeros.length);
    System.out.println("String defaults " + (nulls[0] == null) + " " + (nulls[1] == null));
    System.out.println("boolean default " + flags[2] + ", long default " + longs[1]);
    int[] primes = {2, 3, 5, 7, 11};
    int sum = 0;
    for (int p : primes) {
      sum += p;
    }
    System.out.println("primes length " + primes.length + " sum " + sum);
    for (int i = 0; i < zeros.length; i++) {
      zeros[i] = primes[i] * 10;
    }
    zeros[3] += 1;
    System.out.println("filled " + zeros[0] + " " + zeros[1] + " " + zeros[2] + " " + zeros[3]);
    int[][] grid = new int[3][4];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        grid[r][c] = r * 10 + c;
      }
    }
    grid[0][0] = 99;
    System.out.println("grid rows " + grid.length + " cols " + grid[0].length + " [2][3]=" + grid[2][3] + " [0][0]=" + grid[0][0] + " [1][0]=" + grid[1][0]);
    int[][] jagged = {{1}, {2, 3}, {4, 5, 6}};
    StringBuilder sb = new StringBuilder();
    for (int[] row : jagged) {
      sb.append(row.length).append(':');
      for (int v : row) {
        sb.append(v);
      }
      sb.append(' ');
    }
    System.out.println("jagged " + sb);
    char[] chars = new char[3];
    chars[0] = 'h';
    chars[1] = 'i';
    chars[2] = '!';
    char[] one = new char[1];
    System.out.println("chars " + chars[0] + chars[1] + chars[2] + " default char is 0: " + (one[0] == 0));
    String[] names = {"ann", "bob"};
    names[1] = names[0].toUpperCase();
    System.out.println("names " + names[0] + " " + names[1]);
    int[] alias = primes;
    alias[0] = -2;
    System.out.println("aliased write seen: " + primes[0]);
  }
}
