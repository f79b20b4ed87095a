package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Grouping into a LinkedHashMap of lists, and a map of maps, printed whole and entry by entry. */
@MicroPython
public class Grouping {
  public static void main(String[] args) {
    String[] words = {"apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"};
    Map<Character, List<String>> byLetter = new LinkedHashMap<>();
    for (String w : words) {
      char first = w.charAt(0);
      if (!byLetter.containsKey(first)) {
        byLetter.put(first, new ArrayList<>());
      }
      byLetter.get(first).add(w);
    }
    for (Map.Entry<Character, List<String>> e : byLetter.entrySet()) {
      char k = e.getKey();
      System.out.println(k + " -> " + e.getValue() + " (" + e.getValue().size() + ")");
    }
    Map<String, List<Integer>> lengths = new LinkedHashMap<>();
    for (String w : words) {
      String key = w.length() > 5 ? "long" : "short";
      List<Integer> bucket = lengths.getOrDefault(key, new ArrayList<>());
      bucket.add(w.length());
      lengths.put(key, bucket);
    }
    System.out.println("lengths: " + lengths);
    Map<String, Map<String, Boolean>> flags = new LinkedHashMap<>();
    flags.put("led", new LinkedHashMap<>());
    flags.get("led").put("on", true);
    flags.get("led").put("blink", false);
    flags.put("fan", new LinkedHashMap<>());
    System.out.println("flags: " + flags);
    System.out.println("led on? " + flags.get("led").get("on"));
  }
}
