package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;

/** 2-D int arrays: multiplication, transpose, row sums, printed row by row with Arrays.toString. */
@MicroPython
public class MatrixOps {
  static int[][] multiply(int[][] a, int[][] b) {
    int n = a.length;
    int m = b[0].length;
    int[][] out = new int[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        int s = 0;
        for (int k = 0; k < b.length; k++) {
          s += a[i][k] * b[k][j];
        }
        out[i][j] = s;
      }
    }
    return out;
  }

  static int[][] transpose(int[][] a) {
    int[][] t = new int[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        t[j][i] = a[i][j];
      }
    }
    return t;
  }

  static void print(String name, int[][] m) {
    System.out.println(name + ":");
    for (int[] row : m) {
      System.out.println("  " + Arrays.toString(row));
    }
  }

  public static void main(String[] args) {
    int[][] a = {{1, 2, 3}, {4, 5, 6}};
    int[][] b = {{7, 8}, {9, 10}, {11, 12}};
    print("a", a);
    print("a x b", multiply(a, b));
    print("transpose(a)", transpose(a));
    print("b x a", multiply(b, a));
    int[][] identity = new int[3][3];
    for (int i = 0; i < 3; i++) {
      identity[i][i] = 1;
    }
    print("a x I", multiply(a, identity));
    int[] rowSums = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int v : a[i]) {
        rowSums[i] += v;
      }
    }
    System.out.println("row sums " + Arrays.toString(rowSums));
  }
}
