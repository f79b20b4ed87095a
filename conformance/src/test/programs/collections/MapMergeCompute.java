package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Map.merge (counting), computeIfAbsent (grouping), putIfAbsent, with their return values. */
@MicroPython
public class MapMergeCompute {
  public static void main(String[] args) {
    String text = "the quick fox and the lazy dog and the cat";
    Map<String, Integer> counts = new TreeMap<>();
    for (String word : text.split(" ")) {
      counts.merge(word, 1, Integer::sum);
    }
    System.out.println(counts);
    Map<Integer, List<String>> byLength = new TreeMap<>();
    for (String word : text.split(" ")) {
      byLength.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(word);
    }
    System.out.println(byLength);
    Map<String, Integer> scores = new LinkedHashMap<>();
    System.out.println("putIfAbsent new: " + scores.putIfAbsent("ada", 3));
    System.out.println("putIfAbsent again: " + scores.putIfAbsent("ada", 5));
    int merged = scores.merge("ada", 10, (a, b) -> a * b);
    System.out.println("merged: " + merged + " " + scores);
    Integer removed = scores.merge("ada", 1, (a, b) -> null);
    System.out.println("merge to null removes: " + removed + " " + scores);
    Map<String, Integer> best = new LinkedHashMap<>();
    int[] points = {4, 9, 2, 9, 1};
    for (int p : points) {
      best.merge("max", p, Math::max);
      best.merge("min", p, Math::min);
    }
    System.out.println(best);
    Map<String, Integer> big = new LinkedHashMap<>();
    big.merge("x", Integer.MAX_VALUE, Integer::sum);
    big.merge("x", 1, Integer::sum);
    System.out.println("wraps: " + big.get("x"));
  }
}
