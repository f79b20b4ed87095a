package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * java.util.Collections: sort, reverse, max/min of numbers, Strings, Comparable objects and with a
 * Comparator (the first of equal elements, NoSuchElementException when empty), frequency (null
 * included, of a List and of a Set), swap (also as a lambda's body).
 */
@MicroPython
public class CollectionsUtility {
  record Job(String name, int priority) implements Comparable<Job> {
    @Override
    public int compareTo(Job other) {
      return Integer.compare(priority, other.priority);
    }
  }

  public static void main(String[] args) {
    List<Integer> xs = new ArrayList<>(List.of(4, 1, 3, 1, 5));
    Collections.sort(xs);
    System.out.println("sort " + xs);
    Collections.reverse(xs);
    System.out.println("reverse " + xs);
    System.out.println("max " + Collections.max(xs) + " min " + Collections.min(xs));

    List<Job> jobs = List.of(new Job("a", 2), new Job("b", 5), new Job("c", 5), new Job("d", 1),
        new Job("e", 1));
    System.out.println("max job " + Collections.max(jobs) + " min job " + Collections.min(jobs));
    List<String> words = List.of("pear", "fig", "kiwi", "yam", "plum");
    Comparator<String> byLength = (a, b) -> a.length() - b.length();
    System.out.println("longest " + Collections.max(words, byLength) + " shortest "
        + Collections.min(words, byLength) + " last " + Collections.max(words, Comparator.reverseOrder()));
    try {
      Collections.max(new ArrayList<Integer>());
    } catch (NoSuchElementException e) {
      System.out.println("max of empty: NoSuchElementException");
    }

    List<String> tags = new ArrayList<>(List.of("a", "b", "a", "c", "a"));
    tags.add(null);
    System.out.println("frequency " + Collections.frequency(tags, "a") + " "
        + Collections.frequency(tags, "z") + " " + Collections.frequency(tags, null));
    Set<Integer> set = new HashSet<>(List.of(1, 2, 3));
    System.out.println("frequency in set " + Collections.frequency(set, 2) + " "
        + Collections.frequency(set, 9));

    List<String> order = new ArrayList<>(List.of("x", "y", "z"));
    Collections.swap(order, 0, 2);
    System.out.println("swap " + order);
    int[] calls = {0};
    Collections.swap(order, next(calls), next(calls));
    System.out.println("swap computed " + order + " calls " + calls[0]);
    Runnable flip = () -> Collections.swap(order, 1, 2);
    flip.run();
    System.out.println("swap in a lambda " + order);
    try {
      Collections.swap(order, 0, 3);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("swap out of range: IndexOutOfBoundsException");
    }
  }

  static int next(int[] calls) {
    int n = calls[0];
    calls[0] = n + 1;
    return n;
  }
}
