package exceptions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/**
 * A negative index throws as any index past the end does (Python would read from the end): reads,
 * stores, compound updates, rows of a 2-D array, object arrays, a computed index evaluated once;
 * List.get/set/remove(int) and String.charAt alike.
 */
@MicroPython
public class NegativeIndexes {
  static int calls;

  static int at(int[] a, int i) {
    return a[i];
  }

  static int next(int k) {
    calls++;
    return k;
  }

  public static void main(String[] args) {
    int[] a = {10, 20, 30};
    for (int i = -2; i <= 3; i++) {
      try {
        System.out.println(i + " -> " + at(a, i));
      } catch (ArrayIndexOutOfBoundsException e) {
        System.out.println(i + " is out of bounds");
      }
    }
    String[] names = {"a", "b"};
    int k = -1;
    try {
      names[k] = "z";
    } catch (IndexOutOfBoundsException e) {
      System.out.println("store refused, names " + names[0] + names[1]);
    }
    byte[] b = new byte[2];
    try {
      b[k - 1] += 1;
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("update refused, bytes " + b[0] + " " + b[1]);
    }
    int[][] grid = new int[2][2];
    try {
      grid[1][k] = 4;
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("row refused, row " + grid[1][0] + " " + grid[1][1]);
    }
    try {
      System.out.println(a[next(-3)]);
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("computed index refused after " + calls + " call");
    }
    System.out.println("computed index " + a[next(2)] + " after " + calls + " calls");
    int sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i];
    }
    System.out.println("sum " + sum + ", last " + a[a.length - 1]);
    List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
    try {
      int x = list.get(k);
      System.out.println("not reached " + x);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("list get refused");
    }
    try {
      list.set(k, 9);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("list set refused " + list);
    }
    try {
      list.remove(k);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("list remove refused " + list);
    }
    System.out.println("list remove(1) " + list.remove(1) + " " + list.get(list.size() - 1));
    String word = "abc";
    try {
      System.out.println(word.charAt(k));
    } catch (StringIndexOutOfBoundsException e) {
      System.out.println("charAt refused, last " + word.charAt(word.length() - 1));
    }
    int[] empty = {};
    try {
      System.out.println(empty[empty.length - 1]);
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("no last element");
    }
  }
}
