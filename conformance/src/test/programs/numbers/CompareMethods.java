package nums;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Integer.compare, Integer.compareTo and String.compareTo, including extremes where subtraction would overflow. */
@MicroPython
public class CompareMethods {
  static String sign(int c) {
    return c < 0 ? "<" : c > 0 ? ">" : "=";
  }

  public static void main(String[] args) {
    int[][] pairs = {{1, 2}, {2, 1}, {5, 5}, {Integer.MIN_VALUE, 1}, {Integer.MAX_VALUE, -1}, {-3, -7}};
    for (int[] p : pairs) {
      int a = p[0];
      int b = p[1];
      System.out.println("compare(" + a + ", " + b + ") = " + Integer.compare(a, b) + ", a - b sign " + sign(a - b));
    }
    Integer x = 40;
    Integer y = 400;
    Integer z = 40;
    System.out.println("40.compareTo(400) = " + x.compareTo(y) + ", 400.compareTo(40) = " + y.compareTo(x) + ", 40.compareTo(40) = " + x.compareTo(z));
    System.out.println("40 == 40 by value: " + (x.compareTo(z) == 0));
    String[] words = {"apple", "apricot", "Apple", "app", "", "banana", "b"};
    for (int i = 0; i + 1 < words.length; i++) {
      String u = words[i];
      String v = words[i + 1];
      System.out.println("\"" + u + "\".compareTo(\"" + v + "\") = " + u.compareTo(v));
    }
    List<Integer> nums = new ArrayList<>(List.of(3, -1, Integer.MIN_VALUE, 7, Integer.MAX_VALUE, 0));
    nums.sort((m, n) -> Integer.compare(m, n));
    System.out.println("sorted with Integer.compare: " + nums);
    nums.sort((m, n) -> Integer.compare(n, m));
    System.out.println("reversed with Integer.compare: " + nums);
    int best = Integer.MIN_VALUE;
    int bestIndex = -1;
    int[] data = {4, 9, -2, 9, 1};
    for (int i = 0; i < data.length; i++) {
      if (Integer.compare(data[i], best) > 0) {
        best = data[i];
        bestIndex = i;
      }
    }
    System.out.println("first max " + best + " at " + bestIndex);
    System.out.println("Long.compare(1L << 40, 1L) = " + Long.compare(1L << 40, 1L));
  }
}
