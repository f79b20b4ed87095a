package exceptions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Indexes past the end of arrays, lists and strings throw IndexOutOfBoundsException (messages differ). */
@MicroPython
public class IndexErrors {
  static String arrayAt(int[] a, int i) {
    try {
      return "a[" + i + "]=" + a[i];
    } catch (ArrayIndexOutOfBoundsException e) {
      return "a[" + i + "] out of bounds";
    }
  }

  static String listAt(List<String> xs, int i) {
    try {
      return "xs.get(" + i + ")=" + xs.get(i);
    } catch (IndexOutOfBoundsException e) {
      return "xs.get(" + i + ") out of bounds";
    }
  }

  static String charAt(String s, int i) {
    try {
      return "charAt(" + i + ")=" + s.charAt(i);
    } catch (StringIndexOutOfBoundsException e) {
      return "charAt(" + i + ") out of bounds";
    }
  }

  public static void main(String[] args) {
    int[] a = {10, 20, 30};
    System.out.println(arrayAt(a, 0));
    System.out.println(arrayAt(a, 2));
    System.out.println(arrayAt(a, 3));
    System.out.println(arrayAt(a, 100));
    List<String> xs = new ArrayList<>(List.of("p", "q"));
    System.out.println(listAt(xs, 1));
    System.out.println(listAt(xs, 2));
    System.out.println(charAt("hey", 2));
    System.out.println(charAt("hey", 3));
    try {
      xs.set(5, "z");
    } catch (IndexOutOfBoundsException e) {
      System.out.println("set(5) out of bounds");
    }
    try {
      xs.remove(7);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("remove(7) out of bounds, size still " + xs.size());
    }
    int[][] grid = new int[2][2];
    try {
      grid[1][2] = 5;
    } catch (RuntimeException e) {
      System.out.println("grid[1][2] out of bounds");
    }
    String[] names = new String[1];
    try {
      names[1] = "x";
    } catch (IndexOutOfBoundsException e) {
      System.out.println("names[1] out of bounds");
    }
  }
}
