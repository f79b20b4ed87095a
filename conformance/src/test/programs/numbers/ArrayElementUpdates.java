package nums;

import dev.jmpy.annotations.MicroPython;

/** Increments and compound assignments on array elements whose index has side effects: the index is evaluated once. */
@MicroPython
public class ArrayElementUpdates {
  static int calls = 0;

  static int slot(int i) {
    calls++;
    return i;
  }

  public static void main(String[] args) {
    int c = 0;
    int[] counts = new int[3];
    counts[c++ % 3]++;
    counts[c++ % 3]++;
    counts[c++ % 3]++;
    counts[c++ % 3]++;
    System.out.println("counts[c++ % 3]++ x4: " + counts[0] + " " + counts[1] + " " + counts[2] + ", c = " + c);
    int[] a = {1, 2, 3, 4};
    int i = 0;
    a[i++] += 10;
    a[i++] *= 5;
    System.out.println("a[i++] += 10, a[i++] *= 5: " + a[0] + " " + a[1] + " " + a[2] + " " + a[3] + ", i = " + i);
    int[] b = {0, 0, 0};
    b[slot(1)] += 7;
    b[slot(2)]++;
    --b[slot(0)];
    System.out.println("b[slot(..)] updates: " + b[0] + " " + b[1] + " " + b[2] + ", calls = " + calls);
    int[][] grid = new int[2][2];
    int r = 0;
    grid[r++][r]++;
    System.out.println("grid[r++][r]++: " + grid[0][0] + " " + grid[0][1] + " " + grid[1][0] + " " + grid[1][1] + ", r = " + r);
  }
}
