package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A record with a List component as a HashSet element and HashMap key (its list is hashed as a tuple). */
@MicroPython
public class RecListKey {
  record Path(List<String> parts) {}

  public static void main(String[] args) {
    Set<Path> seen = new HashSet<>();
    seen.add(new Path(List.of("a", "b")));
    List<String> parts = new ArrayList<>();
    parts.add("a");
    parts.add("b");
    System.out.println(seen.contains(new Path(parts)));
    Map<Path, String> m = new HashMap<>();
    m.put(new Path(parts), "a/b");
    System.out.println(m.get(new Path(List.of("a", "b"))) + " " + m.size());
  }
}
