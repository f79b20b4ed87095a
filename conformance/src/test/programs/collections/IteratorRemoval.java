package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Explicit iterators: hasNext/next/remove over lists, sets and map views, and their errors. */
@MicroPython
public class IteratorRemoval {
  public static void main(String[] args) {
    List<Integer> numbers = new ArrayList<>(List.of(1, 2, 2, 3, 4, 4, 5, 6));
    Iterator<Integer> it = numbers.iterator();
    while (it.hasNext()) {
      int n = it.next();
      if (n % 2 == 0) {
        it.remove();
      }
    }
    System.out.println("odd left " + numbers);

    Iterator<Integer> pairs = numbers.iterator();
    while (pairs.hasNext()) {
      int a = pairs.next();
      if (pairs.hasNext()) {
        System.out.println("pair " + a + "," + pairs.next());
      } else {
        System.out.println("single " + a);
      }
    }

    Set<String> tags = new LinkedHashSet<>(List.of("keep", "drop-1", "stay", "drop-2"));
    for (Iterator<String> t = tags.iterator(); t.hasNext();) {
      if (t.next().startsWith("drop")) {
        t.remove();
      }
    }
    System.out.println("tags " + tags);

    TreeSet<Integer> sorted = new TreeSet<>(List.of(9, 1, 8, 2, 7, 3));
    Iterator<Integer> s = sorted.iterator();
    StringBuilder seen = new StringBuilder();
    while (s.hasNext()) {
      int v = s.next();
      seen.append(v).append(' ');
      if (v > 5) {
        s.remove();
      }
    }
    System.out.println("saw " + seen + "left " + sorted);

    Map<String, Integer> stock = new LinkedHashMap<>();
    stock.put("pears", 0);
    stock.put("figs", 3);
    stock.put("kiwis", 0);
    stock.put("plums", 8);
    Iterator<Map.Entry<String, Integer>> entries = stock.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<String, Integer> e = entries.next();
      if (e.getValue() == 0) {
        System.out.println("sold out: " + e.getKey());
        entries.remove();
      }
    }
    System.out.println("in stock " + stock);

    TreeMap<String, Integer> scores = new TreeMap<>();
    scores.put("dan", 9);
    scores.put("ann", 3);
    scores.put("cid", 4);
    scores.put("bob", 9);
    Iterator<String> names = scores.keySet().iterator();
    while (names.hasNext()) {
      String name = names.next();
      if (scores.get(name) < 5) {
        names.remove();
      }
    }
    System.out.println("high scores " + scores);

    Set<String> storedKeys = stock.keySet();
    Iterator<String> reading = storedKeys.iterator();
    StringBuilder read = new StringBuilder();
    while (reading.hasNext()) {
      read.append(reading.next()).append(' ');
    }
    Set<String> storedTreeKeys = scores.keySet();
    for (Iterator<String> r = storedTreeKeys.iterator(); r.hasNext();) {
      read.append(r.next().toUpperCase()).append(' ');
    }
    System.out.println("reading stored views: " + read);

    Iterator<Integer> done = new ArrayList<Integer>().iterator();
    System.out.println("empty hasNext " + done.hasNext());
    try {
      done.next();
    } catch (NoSuchElementException e) {
      System.out.println("next past the end: NoSuchElementException");
    }
    Iterator<Integer> twice = numbers.iterator();
    twice.next();
    twice.remove();
    try {
      twice.remove();
    } catch (IllegalStateException e) {
      System.out.println("second remove: IllegalStateException, list " + numbers);
    }
  }
}
