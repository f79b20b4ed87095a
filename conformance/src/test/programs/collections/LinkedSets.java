package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** LinkedHashSet: insertion order, add/remove results, re-adding, copies and text. */
@MicroPython
public class LinkedSets {
  public static void main(String[] args) {
    Set<String> seen = new LinkedHashSet<>();
    System.out.println("empty: " + seen + " " + seen.isEmpty() + " " + seen.size());
    for (String w : "the quick brown fox jumps over the lazy dog the end".split(" ")) {
      if (!seen.add(w)) {
        System.out.println("again: " + w);
      }
    }
    System.out.println(seen);
    System.out.println("size " + seen.size() + ", has fox " + seen.contains("fox")
        + ", has cat " + seen.contains("cat"));
    boolean removed = seen.remove("quick");
    boolean missing = seen.remove("quick");
    System.out.println("removed " + removed + " then " + missing + ": " + seen);
    seen.add("quick");
    System.out.println("re-added goes last: " + seen);
    seen.add("the");
    System.out.println("adding an element already there keeps its place: " + seen);
    StringBuilder order = new StringBuilder();
    for (String w : seen) {
      order.append(w.charAt(0));
    }
    System.out.println("initials " + order);

    List<Integer> numbers = List.of(5, 3, 5, 1, 3, 9, 1);
    LinkedHashSet<Integer> unique = new LinkedHashSet<>(numbers);
    System.out.println("unique " + unique + " of " + numbers);
    List<Integer> back = new ArrayList<>(unique);
    back.add(0, 100);
    boolean added = back.add(7);
    System.out.println("as list " + back + ", add returned " + added);
    Set<Integer> copy = new LinkedHashSet<>(unique);
    copy.remove(5);
    System.out.println("copy " + copy + ", original " + unique);
    unique.clear();
    System.out.println("cleared " + unique + " " + unique.isEmpty());

    Set<Boolean> flags = new LinkedHashSet<>();
    flags.add(true);
    flags.add(false);
    flags.add(true);
    System.out.println("flags " + flags);
    List<Set<String>> nested = new ArrayList<>();
    nested.add(new LinkedHashSet<>(List.of("b", "a")));
    nested.add(new LinkedHashSet<>());
    System.out.println("nested " + nested);
  }
}
