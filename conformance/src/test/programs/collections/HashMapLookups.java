package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** HashMap used only through lookups (no iteration order printed): counting, sorted keys, Integer keys. */
@MicroPython
public class HashMapLookups {
  public static void main(String[] args) {
    String text = "the cat and the dog and the bird";
    Map<String, Integer> counts = new HashMap<>();
    for (String w : text.split(" ")) {
      counts.put(w, counts.getOrDefault(w, 0) + 1);
    }
    System.out.println("distinct words: " + counts.size());
    System.out.println("the=" + counts.get("the") + " and=" + counts.get("and") + " cat=" + counts.get("cat"));
    System.out.println("fish missing: " + (counts.get("fish") == null));
    List<String> keys = new ArrayList<>(counts.keySet());
    Collections.sort(keys);
    for (String k : keys) {
      System.out.println(k + ": " + counts.get(k));
    }
    Map<Integer, String> squares = new HashMap<>();
    for (int i = -3; i <= 3; i++) {
      squares.put(i * i, "from " + i);
    }
    System.out.println("squares size " + squares.size() + ", 9 -> " + squares.get(9) + ", 0 -> " + squares.get(0));
    squares.remove(9);
    System.out.println("after remove 9: contains 9 " + squares.containsKey(9) + ", size " + squares.size());
    int sum = 0;
    for (int v : counts.values()) {
      sum += v;
    }
    System.out.println("sum of counts " + sum);
    Map<String, Integer> single = new HashMap<>();
    single.put("only", 1);
    System.out.println("single entry map: " + single);
  }
}
