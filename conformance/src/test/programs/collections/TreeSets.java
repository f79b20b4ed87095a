package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** TreeSet: sorted iteration and text, add/remove results, navigation, head/tail/sub sets. */
@MicroPython
public class TreeSets {
  public static void main(String[] args) {
    TreeSet<Integer> numbers = new TreeSet<>();
    int[] values = {15, 3, 42, 3, -8, 23, 15, 4};
    for (int v : values) {
      if (!numbers.add(v)) {
        System.out.println("duplicate " + v);
      }
    }
    System.out.println(numbers + " size " + numbers.size());
    System.out.println("contains 23 " + numbers.contains(23) + ", 24 " + numbers.contains(24));
    System.out.println("remove 42 " + numbers.remove(42) + ", again " + numbers.remove(42));
    System.out.println("first " + numbers.first() + ", last " + numbers.last());
    System.out.println("floor 10 " + numbers.floor(10) + ", ceiling 10 " + numbers.ceiling(10)
        + ", lower 4 " + numbers.lower(4) + ", higher 4 " + numbers.higher(4)
        + ", higher 23 " + numbers.higher(23) + ", lower -8 " + numbers.lower(-8));
    System.out.println("headSet 15 " + numbers.headSet(15) + ", inclusive "
        + numbers.headSet(15, true));
    System.out.println("tailSet 15 " + numbers.tailSet(15) + ", exclusive "
        + numbers.tailSet(15, false));
    System.out.println("subSet 0..20 " + numbers.subSet(0, 20));
    SortedSet<Integer> small = new TreeSet<>(numbers.headSet(5));
    small.add(-100);
    System.out.println("copied headSet " + small + ", numbers " + numbers);

    int total = 0;
    for (int n : numbers) {
      total = total * 10 + Math.abs(n) % 10;
    }
    System.out.println("digits in order " + total);
    System.out.println("pollFirst " + numbers.pollFirst() + ", pollLast " + numbers.pollLast()
        + " leaves " + numbers);

    Set<String> words = new TreeSet<>(List.of("pear", "Fig", "apple", "fig", "Banana"));
    System.out.println("words " + words);
    NavigableSet<String> longestFirst = new TreeSet<>(
        Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    longestFirst.addAll(words);
    System.out.println("longest first " + longestFirst);
    List<String> asList = new ArrayList<>(longestFirst);
    System.out.println("as list " + asList + ", first " + longestFirst.first());

    TreeSet<String> empty = new TreeSet<>();
    System.out.println("empty " + empty + " pollFirst " + empty.pollFirst() + " floor "
        + empty.floor("a"));
    try {
      empty.first();
    } catch (NoSuchElementException e) {
      System.out.println("first of empty: NoSuchElementException");
    }
    numbers.clear();
    System.out.println("cleared " + numbers.isEmpty());
  }
}
