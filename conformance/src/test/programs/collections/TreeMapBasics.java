package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** TreeMap with natural order: put's previous value, get, remove, views and text in key order. */
@MicroPython
public class TreeMapBasics {
  public static void main(String[] args) {
    Map<String, Integer> stock = new TreeMap<>();
    System.out.println("empty: " + stock + " " + stock.isEmpty() + " " + stock.size());
    System.out.println("put pears: " + stock.put("pears", 4));
    stock.put("apples", 10);
    stock.put("figs", 0);
    System.out.println("put pears again: " + stock.put("pears", 7));
    stock.put("kiwis", null);
    System.out.println("map: " + stock + " size " + stock.size());
    System.out.println("get apples " + stock.get("apples") + ", kiwis " + stock.get("kiwis")
        + ", plums " + stock.get("plums"));
    System.out.println("containsKey kiwis " + stock.containsKey("kiwis") + ", plums "
        + stock.containsKey("plums"));
    System.out.println("containsValue 10 " + stock.containsValue(10) + ", 11 " + stock.containsValue(11));
    System.out.println("getOrDefault plums " + stock.getOrDefault("plums", -1));
    System.out.println("remove apples " + stock.remove("apples") + ", again " + stock.remove("apples"));
    System.out.println("keySet " + stock.keySet());
    System.out.println("values " + stock.values());
    for (Map.Entry<String, Integer> e : stock.entrySet()) {
      System.out.println("entry " + e.getKey() + " -> " + e.getValue());
    }
    stock.forEach((k, v) -> System.out.println("forEach " + k + "=" + v));

    TreeMap<Integer, String> byNumber = new TreeMap<>();
    int[] keys = {42, -7, 19, 0, 1000, 3, -7};
    for (int k : keys) {
      byNumber.put(k, "n" + k);
    }
    System.out.println(byNumber);
    List<Integer> ordered = new ArrayList<>(byNumber.keySet());
    System.out.println("keys as list " + ordered);
    int sum = 0;
    for (int k : byNumber.keySet()) {
      sum += k;
    }
    System.out.println("sum " + sum);

    Map<String, Integer> counts = new HashMap<>();
    for (String w : "b a c a b a".split(" ")) {
      counts.put(w, counts.getOrDefault(w, 0) + 1);
    }
    Map<String, Integer> sortedCounts = new TreeMap<>(counts);
    System.out.println("counts sorted " + sortedCounts);
    Integer previous = counts.put("a", 0);
    System.out.println("HashMap put returns " + previous + ", then " + counts.put("z", 1));
    Map<String, Integer> back = new HashMap<>(sortedCounts);
    System.out.println("back to HashMap, a=" + back.get("a") + " size " + back.size());

    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int i = 1; i <= 6; i++) {
      String key = i % 2 == 0 ? "even" : "odd";
      if (!groups.containsKey(key)) {
        groups.put(key, new ArrayList<>());
      }
      groups.get(key).add(i);
    }
    System.out.println("groups " + groups);
    byNumber.clear();
    System.out.println("cleared " + byNumber + " " + byNumber.isEmpty());
  }
}
