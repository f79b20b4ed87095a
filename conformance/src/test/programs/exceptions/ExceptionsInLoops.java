package exceptions;

import dev.jmpy.annotations.MicroPython;

/** try/catch inside loops with break and continue, counting failures, a retry loop. */
@MicroPython
public class ExceptionsInLoops {
  static int attempts;

  static int flaky(int succeedOn) {
    attempts++;
    if (attempts < succeedOn) {
      throw new IllegalStateException("attempt " + attempts + " failed");
    }
    return attempts * 10;
  }

  public static void main(String[] args) {
    String[] data = {"4", "x", "16", "", "25", "stop", "36"};
    int sum = 0;
    int failures = 0;
    for (String s : data) {
      if (s.equals("stop")) {
        break;
      }
      try {
        int v = Integer.parseInt(s);
        if (v == 16) {
          continue;
        }
        sum += v;
      } catch (NumberFormatException e) {
        failures++;
        System.out.println("skip '" + s + "'");
      }
    }
    System.out.println("sum=" + sum + " failures=" + failures);
    int result = -1;
    while (result < 0) {
      try {
        result = flaky(3);
      } catch (IllegalStateException e) {
        System.out.println("retry after: " + e.getMessage());
      }
    }
    System.out.println("result=" + result + " after " + attempts + " attempts");
    int i = 0;
    do {
      try {
        if (i % 2 == 1) {
          throw new RuntimeException("odd " + i);
        }
        System.out.println("even " + i);
      } catch (RuntimeException e) {
        System.out.println("caught " + e.getMessage());
      }
      i++;
    } while (i < 4);
  }
}
