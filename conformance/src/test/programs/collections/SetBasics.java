package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** HashSet: add, contains, remove, size, isEmpty, deduplication; printed only through a sorted list. */
@MicroPython
public class SetBasics {
  public static void main(String[] args) {
    Set<String> seen = new HashSet<>();
    System.out.println("empty " + seen.isEmpty() + " size " + seen.size());
    String[] words = {"red", "blue", "red", "green", "blue", "red"};
    for (String w : words) {
      seen.add(w);
    }
    System.out.println("size after adds " + seen.size());
    System.out.println("contains red " + seen.contains("red") + ", pink " + seen.contains("pink"));
    seen.remove("red");
    seen.remove("pink");
    System.out.println("after remove: size " + seen.size() + " contains red " + seen.contains("red"));
    List<String> sorted = new ArrayList<>(seen);
    Collections.sort(sorted);
    System.out.println("sorted: " + sorted);
    Set<Integer> mods = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      mods.add(i % 7);
    }
    System.out.println("distinct mod 7: " + mods.size());
    int total = 0;
    for (int m : mods) {
      total += m;
    }
    System.out.println("sum of distinct: " + total);
  }
}
