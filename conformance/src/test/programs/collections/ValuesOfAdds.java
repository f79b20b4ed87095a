// jmpy-options: -Ajmpy.floatPrecision=double
package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Library rows no other program covered: list.add and deque.add/offer/offerFirst/offerLast used as
 * values (true in Java, None from Python's append), a HashMap's put used as a value (the previous
 * value), set.addAll and set.removeIf as statements, Collections.max/min of numbers and Strings,
 * Integer.equals / Long.equals, and (double) of an int in arithmetic.
 */
@MicroPython
public class ValuesOfAdds {
  public static void main(String[] args) {
    List<Integer> xs = new ArrayList<>();
    boolean added = xs.add(3);
    System.out.println("list add " + added + " " + xs.add(1) + " " + xs);
    Deque<String> d = new ArrayDeque<>();
    System.out.println("deque " + d.add("b") + " " + d.offer("c") + " " + d.offerFirst("a")
        + " " + d.offerLast("d") + " " + d);
    List<String> words = List.of("pear", "apple", "zoo", "kiwi");
    System.out.println("max " + Collections.max(xs) + " min " + Collections.min(xs)
        + " " + Collections.max(words) + " " + Collections.min(words));
    Integer a = 1000;
    Integer b = 1000;
    Long big = 5000000000L;
    System.out.println("equals " + a.equals(b) + " " + a.equals(7) + " " + big.equals(5000000000L));
    Map<String, Integer> counts = new HashMap<>();
    Integer before = counts.put("a", 1);
    System.out.println("put " + before + " " + counts.put("a", 2) + " " + counts.get("a"));
    Set<String> seen = new LinkedHashSet<>();
    seen.addAll(words);
    seen.removeIf(w -> w.length() > 4);
    System.out.println("set " + seen);
    int seven = 7;
    double half = (double) seven / 2;
    System.out.println("scaled " + (int) (half * 10));
  }
}
