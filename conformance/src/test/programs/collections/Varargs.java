package colls;

import dev.jmpy.annotations.MicroPython;

/** Varargs methods: no arguments, several, an array passed as the varargs, fixed + varargs parameters. */
@MicroPython
public class Varargs {
  static int sum(int... xs) {
    int total = 0;
    for (int x : xs) {
      total += x;
    }
    return total;
  }

  static String join(String sep, String... parts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(parts[i]);
    }
    return sb.toString();
  }

  static int count(Object... things) {
    return things.length;
  }

  static int max(int first, int... rest) {
    int m = first;
    for (int r : rest) {
      m = Math.max(m, r);
    }
    return m;
  }

  public static void main(String[] args) {
    System.out.println("sum() = " + sum());
    System.out.println("sum(1) = " + sum(1));
    System.out.println("sum(1, 2, 3) = " + sum(1, 2, 3));
    int[] arr = {10, 20, 30, 40};
    System.out.println("sum(array) = " + sum(arr));
    System.out.println("join = " + join("-", "a", "b", "c"));
    System.out.println("join none = '" + join("-") + "'");
    String[] parts = {"x", "y"};
    System.out.println("join array = " + join("+", parts));
    System.out.println("count = " + count("a", 1, true) + " " + count());
    System.out.println("max = " + max(3) + " " + max(3, 9, 4) + " " + max(-1, -5));
  }
}
