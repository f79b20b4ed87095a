package fail;

import dev.jmpy.annotations.MicroPython;

/** A division by zero three calls deep. */
@MicroPython
public class Deep {
  static int ratio(int total, int parts) {
    int share = total / parts;
    return share;
  }

  static int average(int[] values, int count) {
    int sum = 0;
    for (int v : values) {
      sum += v;
    }
    return ratio(sum, count);
  }

  static void report(int[] values) {
    System.out.println("values: " + values.length);
    System.out.println("average: " + average(values, values.length - 3));
  }

  public static void main(String[] args) {
    report(new int[] {4, 5, 6});
  }
}
