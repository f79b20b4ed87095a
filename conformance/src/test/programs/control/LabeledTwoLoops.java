package ctl;

import dev.jmpy.annotations.MicroPython;

/** Labeled break and continue across two nested loops: for/for, for/while, while/for. */
@MicroPython
public class LabeledTwoLoops {
  public static void main(String[] args) {
    int[][] grid = {{1, 2, 3}, {4, -5, 6}, {7, 8, 9}};
    int foundR = -1;
    int foundC = -1;
    search:
    for (int r = 0; r < grid.length; r++) {
      for (int c = 0; c < grid[r].length; c++) {
        if (grid[r][c] < 0) {
          foundR = r;
          foundC = c;
          break search;
        }
      }
    }
    System.out.println("negative at " + foundR + "," + foundC);
    String pairs = "";
    outer:
    for (int i = 1; i <= 4; i++) {
      int j = 1;
      while (j <= 4) {
        if (j > i) {
          continue outer;
        }
        if (i * j == 6) {
          pairs += "(" + i + "*" + j + "=6) ";
        }
        j++;
      }
      pairs += "end" + i + " ";
    }
    System.out.println(pairs);
    int i = 0;
    int sum = 0;
    rows:
    while (i < 5) {
      i++;
      for (int k = 0; k < 5; k++) {
        if (k == i) {
          continue rows;
        }
        if (i + k == 7) {
          break rows;
        }
        sum += k;
      }
      sum += 100;
    }
    System.out.println("sum = " + sum + ", i = " + i);
    int primes = 0;
    next:
    for (int n = 2; n < 30; n++) {
      for (int d = 2; d * d <= n; d++) {
        if (n % d == 0) {
          continue next;
        }
      }
      primes++;
    }
    System.out.println("primes below 30: " + primes);
  }
}
