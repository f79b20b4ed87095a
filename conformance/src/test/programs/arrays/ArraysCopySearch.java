package arrays;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Arrays.copyOf/copyOfRange (the type kept, padded with Java's zeros), sort with a Comparator and
 * of ranges (stable), hashCode, binarySearch; Collections.binarySearch/addAll/singletonList;
 * List.getFirst/getLast/removeFirst/removeLast.
 */
@MicroPython
public class ArraysCopySearch {
  record Job(String name, int deadline) {
    @Override
    public String toString() {
      return name + "@" + deadline;
    }
  }

  public static void main(String[] args) {
    int[] a = {3, -1, 4, 1, 5};
    int[] longer = Arrays.copyOf(a, 7);
    longer[6] = 9;
    System.out.println("copyOf: " + Arrays.toString(longer) + " " + Arrays.toString(Arrays.copyOf(a, 2)));
    System.out.println("copyOfRange: " + Arrays.toString(Arrays.copyOfRange(a, 1, 4)) + " " + Arrays.toString(Arrays.copyOfRange(a, 3, 8)));
    byte[] bytes = Arrays.copyOf(new byte[] {-1, 127}, 3);
    bytes[2] = (byte) 200;
    System.out.println("byte[]: " + Arrays.toString(bytes));
    char[] chars = Arrays.copyOfRange("hello".toCharArray(), 1, 4);
    System.out.println("char[]: " + new String(chars) + " " + chars.length);
    long[] longs = Arrays.copyOf(new long[] {1L << 40}, 2);
    System.out.println("long[]: " + Arrays.toString(longs));
    boolean[] flags = Arrays.copyOf(new boolean[] {true}, 3);
    System.out.println("boolean[]: " + Arrays.toString(flags));
    String[] names = Arrays.copyOf(new String[] {"x", "y"}, 3);
    System.out.println("String[]: " + Arrays.toString(names));
    try {
      Arrays.copyOf(a, -1);
    } catch (NegativeArraySizeException e) {
      System.out.println("copyOf(-1): NegativeArraySizeException " + e.getMessage());
    }
    try {
      Arrays.copyOfRange(a, 3, 1);
    } catch (IllegalArgumentException e) {
      System.out.println("copyOfRange(3, 1): " + e.getMessage());
    }
    try {
      Arrays.copyOfRange(a, 6, 8);
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("copyOfRange(6, 8): ArrayIndexOutOfBoundsException");
    }

    Job[] jobs = {new Job("c", 3), new Job("a", 1), new Job("b", 3), new Job("d", 2), new Job("e", 1)};
    Arrays.sort(jobs, (x, y) -> x.deadline() - y.deadline());
    System.out.println("by deadline (stable): " + Arrays.toString(jobs));
    Arrays.sort(jobs, Comparator.comparingInt(Job::deadline).reversed());
    System.out.println("reversed: " + Arrays.toString(jobs));
    Integer[] boxed = {3, 1, 2};
    Arrays.sort(boxed, Collections.reverseOrder());
    System.out.println("reverseOrder: " + Arrays.toString(boxed));
    int[][] intervals = {{5, 6}, {1, 3}, {2, 4}};
    Arrays.sort(intervals, (p, q) -> Integer.compare(p[0], q[0]));
    System.out.println("intervals: " + Arrays.deepToString(intervals));
    int[] part = {9, 8, 7, 6, 5, 4};
    Arrays.sort(part, 1, 4);
    System.out.println("sort(1, 4): " + Arrays.toString(part));
    String[] letters = {"d", "c", "b", "a"};
    Arrays.sort(letters, 0, 3, Comparator.naturalOrder());
    System.out.println("sort(0, 3, cmp): " + Arrays.toString(letters));
    try {
      Arrays.sort(part, 4, 2);
    } catch (IllegalArgumentException e) {
      System.out.println("sort(4, 2): " + e.getMessage());
    }
    try {
      Arrays.sort(part, 0, 7);
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("sort(0, 7): " + e.getMessage());
    }

    System.out.println("hashCode: " + Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new int[0])
        + " " + Arrays.hashCode(new String[] {"a", null}) + " " + Arrays.hashCode(new boolean[] {true, false})
        + " " + Arrays.hashCode(new long[] {-1L, 1L << 33}) + " " + Arrays.hashCode("hi".toCharArray()));
    int[] none = null;
    System.out.println("hashCode(null): " + Arrays.hashCode(none));
    System.out.println("hash equals List: " + (Arrays.hashCode(new Integer[] {4, 5}) == List.of(4, 5).hashCode()));

    int[] sorted = {1, 3, 3, 3, 7, 9};
    StringBuilder found = new StringBuilder();
    for (int key = 0; key <= 10; key++) {
      found.append(Arrays.binarySearch(sorted, key)).append(' ');
    }
    System.out.println("binarySearch: " + found.toString().strip());
    System.out.println("ranged: " + Arrays.binarySearch(sorted, 3, 6, 3) + " " + Arrays.binarySearch(sorted, 4, 6, 1));
    System.out.println("strings: " + Arrays.binarySearch(new String[] {"ant", "bee", "cat"}, "cat")
        + " " + Arrays.binarySearch(new String[] {"cat", "bee", "ant"}, "ant", Comparator.reverseOrder()));
    List<Integer> evens = List.of(2, 4, 6, 8);
    System.out.println("Collections.binarySearch: " + Collections.binarySearch(evens, 6) + " " + Collections.binarySearch(evens, 5));

    List<String> list = new ArrayList<>(List.of("a", "b", "c"));
    Collections.addAll(list, "d", "e");
    String[] more = {"f", "g"};
    Collections.addAll(list, more);
    System.out.println("addAll: " + list);
    System.out.println("first/last: " + list.getFirst() + list.getLast());
    System.out.println("removeFirst/removeLast: " + list.removeFirst() + list.removeLast() + " " + list);
    List<String> empty = new ArrayList<>();
    try {
      empty.removeLast();
    } catch (NoSuchElementException e) {
      System.out.println("removeLast of empty: NoSuchElementException");
    }
    List<String> one = Collections.singletonList("solo");
    System.out.println("singletonList: " + one + " " + one.size());
    try {
      one.add("more");
    } catch (UnsupportedOperationException e) {
      System.out.println("singletonList.add: UnsupportedOperationException");
    }
    ArrayList<String> copy = new ArrayList<>(List.of("p", "q"));
    @SuppressWarnings("unchecked")
    ArrayList<String> cloned = (ArrayList<String>) copy.clone();
    cloned.add("r");
    System.out.println("clone: " + copy + " " + cloned);
  }
}
