package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A TreeMap and a TreeSet made in one module and used in another, which does not define the
 * helper classes itself: the objects carry their methods.
 */
@MicroPython
public class SortedAcrossModules {
  public static void main(String[] args) {
    Map<String, Integer> m = SortedFactory.map();
    m.put("b", 2);
    Set<Integer> s = SortedFactory.set();
    s.add(0);
    System.out.println(m + " " + s + " " + s.contains(5) + " " + m.containsKey("z"));
    TreeMap<String, Integer> t = (TreeMap<String, Integer>) m;
    System.out.println(t.firstKey() + " " + t.headMap("c"));
  }
}

@MicroPython
class SortedFactory {
  static Map<String, Integer> map() {
    TreeMap<String, Integer> m = new TreeMap<>();
    m.put("z", 26);
    m.put("a", 1);
    return m;
  }

  static Set<Integer> set() {
    return new TreeSet<>(java.util.List.of(5, 3));
  }
}
