package ctl;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Loops whose bound or counter changes in the body: the condition is re-evaluated on every iteration. */
@MicroPython
public class ChangingBounds {
  public static void main(String[] args) {
    int limit = 5;
    int iterations = 0;
    for (int i = 0; i < limit; i++) {
      iterations++;
      if (i == 2) {
        limit = 8;
      }
    }
    System.out.println("limit raised: " + iterations + " iterations");
    limit = 10;
    iterations = 0;
    for (int i = 0; i < limit; i++) {
      iterations++;
      limit--;
    }
    System.out.println("limit lowered each time: " + iterations + " iterations, limit " + limit);
    String visited = "";
    for (int i = 0; i < 10; i++) {
      visited += i + " ";
      if (i % 3 == 0) {
        i++;
      }
    }
    System.out.println("counter bumped: " + visited);
    List<Integer> queue = new ArrayList<>();
    queue.add(1);
    for (int i = 0; i < queue.size(); i++) {
      int v = queue.get(i);
      if (v < 20) {
        queue.add(v * 2);
        queue.add(v * 3);
      }
    }
    System.out.println("queue grew to " + queue.size() + ": " + queue);
    int[] data = {5, 1, 4, 2, 3};
    int n = data.length;
    int passes = 0;
    while (n > 1) {
      passes++;
      int newN = 0;
      for (int i = 1; i < n; i++) {
        if (data[i - 1] > data[i]) {
          int t = data[i];
          data[i] = data[i - 1];
          data[i - 1] = t;
          newN = i;
        }
      }
      n = newN;
    }
    System.out.println("bubble sort passes " + passes + ": " + data[0] + data[1] + data[2] + data[3] + data[4]);
    int end = 3;
    int total = 0;
    for (int i = 0; i <= end; i++) {
      total += i;
      if (i == end && end < 6) {
        end += 1;
      }
    }
    System.out.println("inclusive bound extended: total " + total + ", end " + end);
  }
}
