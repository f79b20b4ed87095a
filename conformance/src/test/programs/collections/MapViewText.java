package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.LinkedHashMap;
import java.util.Map;

/** Text of a map's keySet() and values() views: Java prints them as [a, b]. */
@MicroPython
public class MapViewText {
  public static void main(String[] args) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("pears", 7);
    m.put("figs", 0);
    System.out.println("map: " + m);
    System.out.println("keySet: " + m.keySet());
    System.out.println("values: " + m.values());
    System.out.println(m.values());
  }
}
