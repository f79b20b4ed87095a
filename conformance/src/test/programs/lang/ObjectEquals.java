package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** equals() called through Object or a type variable: each value's own equality, as in Java. */
@MicroPython
public class ObjectEquals {
  record Point(int x, int y) {}

  static final class Sensor {
    private final String id;

    Sensor(String id) {
      this.id = id;
    }
  }

  static final class Tag {
    private final String name;

    Tag(String name) {
      this.name = name;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Tag t && t.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }

  static <T> int indexOf(List<T> items, T wanted) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  static <T extends Comparable<T>> boolean allSame(T[] values) {
    T first = values[0];
    for (T v : values) {
      if (!first.equals(v)) {
        return false;
      }
    }
    return true;
  }

  static boolean same(Object a, Object b) {
    return a.equals(b);
  }

  public static void main(String[] args) {
    Sensor s1 = new Sensor("a");
    Sensor s2 = new Sensor("a");
    List<Object> things = new ArrayList<>(List.of("x", 7, new Point(1, 2), new Tag("t"), true));
    things.add(s1);
    System.out.println(indexOf(things, "x") + " " + indexOf(things, 7) + " "
        + indexOf(things, new Point(1, 2)) + " " + indexOf(things, new Tag("t")) + " "
        + indexOf(things, true) + " " + indexOf(things, s1) + " " + indexOf(things, s2) + " "
        + indexOf(things, "y"));
    System.out.println(allSame(new Integer[] {3, 3, 3}) + " " + allSame(new String[] {"a", "b"}));
    System.out.println(same(s1, s1) + " " + same(s1, s2) + " " + same(new Point(0, 0), new Point(0, 0))
        + " " + same("k", "k") + " " + same(List.of(1, 2), List.of(1, 2)) + " " + same(1, "1"));
    try {
      System.out.println(same(null, "x"));
    } catch (NullPointerException e) {
      System.out.println("null receiver: NullPointerException");
    }
  }
}
