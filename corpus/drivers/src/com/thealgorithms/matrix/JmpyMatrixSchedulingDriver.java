package com.thealgorithms.matrix;

import com.thealgorithms.scheduling.diskscheduling.CircularLookScheduling;
import com.thealgorithms.scheduling.diskscheduling.CircularScanScheduling;
import com.thealgorithms.scheduling.diskscheduling.LookScheduling;
import com.thealgorithms.scheduling.diskscheduling.ScanScheduling;
import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.List;

/** Drives matrix helpers and the disk-scheduling classes of TheAlgorithms/Java. */
@MicroPython
public class JmpyMatrixSchedulingDriver {
  public static void main(String[] args) {
    int[][] m = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
    System.out.println("transpose: " + rows(MatrixTranspose.transpose(m)));
    System.out.println("spiral: " + new PrintAMatrixInSpiralOrder().print(m, 3, 4));
    List<List<Integer>> rows = List.of(List.of(1, 3, 5), List.of(2, 6, 9), List.of(3, 6, 9));
    System.out.println("median: " + MedianOfMatrix.median(rows));
    List<Integer> requests = List.of(98, 183, 37, 122, 14, 124, 65, 67);
    for (boolean up : new boolean[] {true, false}) {
      CircularLookScheduling clook = new CircularLookScheduling(53, up, 199);
      System.out.println("c-look " + (up ? "up" : "down") + ": " + clook.execute(requests) + " at "
          + clook.getCurrentPosition());
      CircularScanScheduling cscan = new CircularScanScheduling(53, up, 200);
      System.out.println("c-scan " + (up ? "up" : "down") + ": " + cscan.execute(requests) + " at "
          + cscan.getCurrentPosition());
      LookScheduling look = new LookScheduling(53, up, 200);
      System.out.println("look " + (up ? "up" : "down") + ": " + look.execute(requests) + " at "
          + look.getCurrentPosition() + ", farthest " + look.getFarthestPosition());
      ScanScheduling scan = new ScanScheduling(53, up, 200);
      System.out.println("scan " + (up ? "up" : "down") + ": " + scan.execute(requests));
    }
  }

  static String rows(int[][] matrix) {
    StringBuilder text = new StringBuilder();
    for (int[] row : matrix) {
      text.append(Arrays.toString(row));
    }
    return text.toString();
  }
}
