package exceptions;

import dev.jmpy.annotations.MicroPython;

/**
 * new T[n] with a negative n throws NegativeArraySizeException (message: the length), for object,
 * primitive, boolean and nested arrays; a length known to be non-negative is not checked.
 */
@MicroPython
public class NegativeArraySize {
  static String make(int n) {
    try {
      Object[] objects = new Object[n];
      int[] ints = new int[n];
      boolean[] flags = new boolean[n];
      byte[] bytes = new byte[n];
      return "made " + objects.length + " " + ints.length + " " + flags.length + " " + bytes.length;
    } catch (NegativeArraySizeException e) {
      return "NegativeArraySizeException: " + e.getMessage();
    }
  }

  static String grid(int rows, int cols) {
    try {
      int[][] g = new int[rows][cols];
      return "grid " + g.length + (g.length > 0 ? "x" + g[0].length : "");
    } catch (NegativeArraySizeException e) {
      return "NegativeArraySizeException: " + e.getMessage();
    }
  }

  public static void main(String[] args) {
    System.out.println(make(3));
    System.out.println(make(0));
    System.out.println(make(-1));
    System.out.println(make(-7));
    System.out.println(grid(2, 3));
    System.out.println(grid(-2, 3));
    System.out.println(grid(2, -3));
    int[] source = {1, 2, 3};
    long[] copy = new long[source.length];
    System.out.println("copy " + copy.length);
    try {
      String[] names = new String[source.length - 5];
      System.out.println("names " + names.length);
    } catch (RuntimeException e) {
      System.out.println("as RuntimeException: " + e.getMessage());
    }
  }
}
