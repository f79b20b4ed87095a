package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A class overriding equals but not hashCode still works as a HashSet element and HashMap key (identity hash). */
@MicroPython
public class EqualsNoHash {
  static class Tag {
    final String name;
    Tag(String name) { this.name = name; }
    @Override public boolean equals(Object o) { return o instanceof Tag t && t.name.equals(name); }
  }

  public static void main(String[] args) {
    Tag a = new Tag("a");
    List<Tag> list = new ArrayList<>();
    list.add(a);
    System.out.println(list.contains(new Tag("a")) + " " + list.indexOf(new Tag("a")));
    Set<Tag> set = new HashSet<>();
    set.add(a);
    set.add(a);
    System.out.println(set.size() + " " + set.contains(a));
    Map<Tag, Integer> m = new HashMap<>();
    m.put(a, 1);
    System.out.println(m.get(a));
  }
}
