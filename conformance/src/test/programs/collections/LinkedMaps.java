package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.LinkedHashMap;
import java.util.Map;

/** LinkedHashMap in insertion order: put, get, getOrDefault, containsKey/Value, remove, keySet, values, entrySet. */
@MicroPython
public class LinkedMaps {
  public static void main(String[] args) {
    Map<String, Integer> stock = new LinkedHashMap<>();
    System.out.println("empty: " + stock + " " + stock.isEmpty() + " " + stock.size());
    stock.put("pears", 4);
    stock.put("apples", 10);
    stock.put("figs", 0);
    stock.put("pears", 7);
    System.out.println("map: " + stock + " size " + stock.size());
    System.out.println("get apples: " + stock.get("apples"));
    System.out.println("getOrDefault kiwi: " + stock.getOrDefault("kiwi", -1));
    System.out.println("getOrDefault figs: " + stock.getOrDefault("figs", -1));
    System.out.println("containsKey figs: " + stock.containsKey("figs") + ", kiwi: " + stock.containsKey("kiwi"));
    System.out.println("containsValue 10: " + stock.containsValue(10) + ", 11: " + stock.containsValue(11));
    stock.remove("apples");
    stock.remove("nothing");
    System.out.println("after remove: " + stock);
    stock.put("apples", 1);
    StringBuilder order = new StringBuilder();
    for (String k : stock.keySet()) {
      order.append(k).append(' ');
    }
    System.out.println("re-added goes last: " + order);
    for (String k : stock.keySet()) {
      System.out.println("key " + k + " -> " + stock.get(k));
    }
    int total = 0;
    for (int v : stock.values()) {
      total += v;
    }
    System.out.println("total " + total);
    for (Map.Entry<String, Integer> e : stock.entrySet()) {
      System.out.println("entry " + e.getKey() + "=" + e.getValue());
    }
    stock.clear();
    System.out.println("cleared: " + stock + " " + stock.isEmpty());
  }
}
