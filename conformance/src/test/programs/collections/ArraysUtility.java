package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.List;

/** java.util.Arrays: toString, sort, fill, equals, asList, on int, long, String and boolean arrays. */
@MicroPython
public class ArraysUtility {
  public static void main(String[] args) {
    int[] a = {5, -2, 9, 0, -2, 7};
    System.out.println("toString: " + Arrays.toString(a));
    Arrays.sort(a);
    System.out.println("sorted: " + Arrays.toString(a));
    String[] words = {"pear", "Apple", "fig", "apple", "banana"};
    Arrays.sort(words);
    System.out.println("sorted strings: " + Arrays.toString(words));
    int[] filled = new int[4];
    Arrays.fill(filled, 7);
    System.out.println("filled: " + Arrays.toString(filled));
    boolean[] bools = new boolean[3];
    Arrays.fill(bools, true);
    System.out.println("booleans: " + Arrays.toString(bools));
    long[] longs = {3000000000L, -1L};
    System.out.println("longs: " + Arrays.toString(longs));
    String[] empty = new String[2];
    System.out.println("nulls: " + Arrays.toString(empty));
    int[] b = {1, 2, 3};
    int[] c = {1, 2, 3};
    int[] d = {1, 2};
    System.out.println("equals same content: " + Arrays.equals(b, c));
    System.out.println("equals different length: " + Arrays.equals(b, d));
    System.out.println("== on arrays: " + (b == c));
    List<String> list = Arrays.asList("one", "two", "three");
    System.out.println("asList: " + list + " size " + list.size());
    System.out.println("empty array: " + Arrays.toString(new int[0]));
    char[] cs = {'c', 'a', 'b'};
    Arrays.sort(cs);
    System.out.println("sorted chars: " + cs[0] + cs[1] + cs[2]);
  }
}
