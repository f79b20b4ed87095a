package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** list.sort(null) and Collections.sort(list) of Strings, Integers and Longs; String.compareTo. */
@MicroPython
public class NaturalSort {
  public static void main(String[] args) {
    List<String> words = new ArrayList<>(List.of("delta", "Alpha", "charlie", "bravo", "alpha", "Zulu", "", "10", "9"));
    Collections.sort(words);
    System.out.println("strings: " + words);
    List<Integer> nums = new ArrayList<>(List.of(10, -3, 7, 0, 7, -100, 2147483647, -2147483648));
    nums.sort(null);
    System.out.println("ints: " + nums);
    List<Long> longs = new ArrayList<>(List.of(5000000000L, -1L, 3L));
    Collections.sort(longs);
    System.out.println("longs: " + longs);
    System.out.println("compareTo: " + "apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("abc"));
    System.out.println("compareTo prefix: " + "ab".compareTo("abcd") + " " + "abcd".compareTo("ab"));
    System.out.println("compareTo case: " + "a".compareTo("B") + " " + "Z".compareTo("a"));
    List<String> sorted = new ArrayList<>(words);
    boolean ordered = true;
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).compareTo(sorted.get(i)) > 0) {
        ordered = false;
      }
    }
    System.out.println("ordered by compareTo: " + ordered);
  }
}
