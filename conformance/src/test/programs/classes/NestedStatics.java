package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import static classes.NestedStatics.Counter.next;
import static classes.NestedStatics.Limits.MAX;

/**
 * Static members of nested types: static nested classes (two levels), an enum with a static map
 * filled by a static block, a record's factory and constant, an interface's constants and static
 * method, an inner class's static counter; read and written from inside and outside, through
 * static imports, and from another module.
 */
@MicroPython
public class NestedStatics {
  static int calls = 0;
  int unused;
  static final int TWICE_MAX = Limits.MAX * 2;

  static class Limits {
    static final int MAX = 10;
    static final String NAME = "limits";
    static int min = 1;
    static final int[] STEPS = {1, 2, 5};
    static int clamp(int x) { return Math.max(min, Math.min(MAX, x)); }
  }

  static class Counter {
    private static int count;
    static final List<String> LOG = new ArrayList<>();
    static int next() { count++; LOG.add("n" + count); return count; }
    static int count() { return count; }
    static class Deeper {
      static final String TAG = "deep";
      static int depth = 2;
      static String describe() { return TAG + depth + Counter.count(); }
    }
  }

  enum Planet {
    MERCURY(1), VENUS(2), EARTH(3);
    static final Map<Integer, Planet> BY_ORDER = new HashMap<>();
    static int lookups;
    static {
      for (Planet p : values()) {
        BY_ORDER.put(p.order, p);
      }
    }
    final int order;
    Planet(int order) { this.order = order; }
    static Planet byOrder(int order) { lookups++; return BY_ORDER.get(order); }
  }

  record Point(int x, int y) {
    static final Point ORIGIN = new Point(0, 0);
    static int made;
    static Point of(int x, int y) { made++; return new Point(x, y); }
  }

  interface Shape {
    float UNIT = 1.5f;
    int SIDES = 0;
    static String describe(Shape s) { return "shape " + s.name(); }
    String name();
  }

  class Inner {
    static int instances;
    static final String KIND = "inner";
    final int id;
    Inner() { instances++; id = instances + calls; }
    static String kind() { return KIND + instances; }
  }

  public static void main(String[] args) {
    System.out.println(Limits.MAX + " " + Limits.NAME + " " + TWICE_MAX + " " + MAX);
    System.out.println(Limits.clamp(50) + " " + Limits.clamp(-3));
    Limits.min = 4;
    System.out.println(Limits.clamp(2) + " " + Limits.STEPS[2]);
    System.out.println(next() + " " + Counter.next() + " " + Counter.count() + " " + Counter.LOG);
    Counter.Deeper.depth += 3;
    System.out.println(Counter.Deeper.describe() + " " + NestedStatics.Counter.Deeper.TAG);
    System.out.println(Planet.byOrder(2) + " " + Planet.byOrder(3) + " " + Planet.lookups);
    Point p = Point.of(3, 4);
    System.out.println(p + " " + Point.ORIGIN + " " + Point.made);
    Shape s = () -> "square";
    System.out.println(Shape.describe(s) + " " + Shape.SIDES + " " + (Shape.UNIT > 1));
    NestedStatics outer = new NestedStatics();
    calls = 100;
    Inner a = outer.new Inner();
    Inner b = outer.new Inner();
    System.out.println(a.id + " " + b.id + " " + Inner.instances + " " + Inner.kind());
    int n = Counter.next() + Inner.instances++;
    System.out.println(n + " " + Inner.instances);
    System.out.println(Units.scaled(4) + " " + Units.SCALE + " " + Units.Names.FIRST);
    Units.Names.count += 2;
    System.out.println(Units.Names.label());
  }
}

/** A second module, whose nested class's statics the first one uses. */
@MicroPython
class Units {
  static final int SCALE = 3;
  static int scaled(int x) { return x * SCALE; }
  static class Names {
    static final String FIRST = "one";
    static int count = 1;
    static String label() { return FIRST + count; }
  }
}
