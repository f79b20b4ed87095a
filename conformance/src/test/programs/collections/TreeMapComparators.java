package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * TreeMap with a Comparator: the order and the key equality both come from it (keys the
 * comparator calls equal are one key, and the first one put stays).
 */
@MicroPython
public class TreeMapComparators {
  public static void main(String[] args) {
    Map<Integer, String> descending = new TreeMap<>(Comparator.reverseOrder());
    for (int i = 1; i <= 5; i++) {
      descending.put(i * 7 % 10, "v" + i);
    }
    System.out.println("reverse order " + descending);

    TreeMap<String, Integer> byLength = new TreeMap<>(Comparator.comparingInt(String::length));
    String[] words = {"pear", "fig", "banana", "kiwi", "apple", "date", "plum"};
    for (String w : words) {
      Integer before = byLength.put(w, w.length());
      if (before != null) {
        System.out.println(w + " has the length of a key already there (" + before + ")");
      }
    }
    System.out.println("by length " + byLength);
    System.out.println("get 'abcd' finds " + byLength.get("abcd") + ", containsKey 'xy' "
        + byLength.containsKey("xy") + ", containsKey 'xyz' " + byLength.containsKey("xyz"));
    System.out.println("first key " + byLength.firstKey() + ", floor 'abcdefgh' "
        + byLength.floorKey("abcdefgh"));

    Comparator<String> ignoreCase = (a, b) -> a.toLowerCase().compareTo(b.toLowerCase());
    TreeMap<String, Integer> names = new TreeMap<>(ignoreCase);
    names.put("bob", 1);
    names.put("Alice", 2);
    names.put("BOB", 3);
    names.put("carol", 4);
    System.out.println("ignoring case " + names + ", get ALICE " + names.get("ALICE"));
    System.out.println("remove BoB " + names.remove("BoB") + " leaves " + names);

    TreeMap<String, Integer> copy = new TreeMap<>(names);
    copy.put("ALICE", 9);
    System.out.println("a copy keeps the comparator: " + copy);

    Map<Integer, Integer> reversed = new TreeMap<>(Collections.reverseOrder());
    reversed.put(1, 1);
    reversed.put(3, 3);
    reversed.put(2, 2);
    System.out.println("Collections.reverseOrder " + reversed);

    Comparator<Integer> evensFirst = Comparator.comparing((Integer n) -> n % 2).thenComparing(n -> n);
    Map<Integer, String> parity = new TreeMap<>(evensFirst);
    for (int n = 1; n <= 6; n++) {
      parity.put(n, n % 2 == 0 ? "even" : "odd");
    }
    System.out.println("evens first " + parity);
  }
}
