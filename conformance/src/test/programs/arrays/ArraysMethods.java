package arrays;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.List;

/** java.util.Arrays on primitive and object arrays: fill, sort, equals, asList, toString. */
@MicroPython
public class ArraysMethods {
  public static void main(String[] args) {
    int[] a = new int[6];
    Arrays.fill(a, 7);
    Arrays.fill(a, 1, 4, -2);
    System.out.println(Arrays.toString(a));
    try {
      Arrays.fill(a, 4, 2, 0);
    } catch (IllegalArgumentException e) {
      System.out.println("IAE " + e.getMessage());
    }
    try {
      Arrays.fill(a, 0, 9, 0);
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("AIOOBE " + e.getMessage());
    }
    boolean[] flags = new boolean[4];
    Arrays.fill(flags, 2, 4, true);
    char[] line = new char[5];
    Arrays.fill(line, '-');
    String[] words = new String[3];
    Arrays.fill(words, "w");
    System.out.println(Arrays.toString(flags) + " " + new String(line) + " " + Arrays.toString(words));
    int[] data = {5, -1, 3, 3, 0, 12};
    Arrays.sort(data);
    char[] letters = "jmpy".toCharArray();
    Arrays.sort(letters);
    long[] longs = {3L << 40, -5, 0};
    Arrays.sort(longs);
    String[] names = {"pear", "apple", "fig"};
    Arrays.sort(names);
    System.out.println(Arrays.toString(data) + " " + new String(letters) + " " + Arrays.toString(longs)
        + " " + Arrays.toString(names));
    int[] same = {-1, 0, 3, 3, 5, 12};
    System.out.println(Arrays.equals(data, same) + " " + Arrays.equals(data, new int[] {1}) + " "
        + Arrays.equals(new byte[] {1, -1}, new byte[] {1, -1}) + " "
        + Arrays.equals(new boolean[] {true}, new boolean[] {false}) + " "
        + Arrays.equals(names, new String[] {"apple", "fig", "pear"}) + " "
        + Arrays.deepEquals(new int[][] {{1}, {2}}, new int[][] {{1}, {2}}));
    List<String> view = Arrays.asList(names);
    List<Integer> numbers = Arrays.asList(3, 1, 2);
    System.out.println(view + " " + view.size() + " " + numbers + " " + view.get(0));
  }
}
