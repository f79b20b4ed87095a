package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/**
 * Record patterns in instanceof and switch: nested, with var and typed bindings, guards, a
 * narrower nested type pattern, null components (a total nested pattern matches null, a nested
 * record pattern does not), generic records, exhaustive switches over a sealed interface.
 */
@MicroPython
public class RecordPatterns {
  sealed interface Shape permits Circle, Rect, Group {}

  record Point(int x, int y) {}

  record Circle(Point center, int r) implements Shape {}

  record Rect(Point from, Point to) implements Shape {}

  record Group(String name, Shape first) implements Shape {}

  record Box<T>(T content) {}

  static int calls;

  record Counted(int v) {
    public int v() {
      calls++;
      return v;
    }
  }

  static String describe(Shape s) {
    return switch (s) {
      case Circle(Point(var x, var y), int r) when r == 0 -> "dot at " + x + "," + y;
      case Circle(Point c, var r) -> "circle r=" + r + " at " + (c == null ? "nowhere" : c.toString());
      case Rect(Point(int x1, int y1), Point(int x2, int y2)) -> "rect " + (x2 - x1) * (y2 - y1);
      case Group(String n, Circle c) -> "group " + n + " of a circle r=" + c.r();
      case Group(var n, var first) -> "group " + n + " of " + (first == null ? "nothing" : "a shape");
    };
  }

  static String boxed(Object o) {
    if (o instanceof Box(String s)) {
      return "string box " + (s == null ? "null" : "of " + s.length());
    }
    if (o instanceof Box<?>(Point(var x, var y)) && x == y) {
      return "diagonal point box " + x;
    }
    if (o instanceof Box<?>(Box<?>(String inner))) {
      return "box in a box of " + inner;
    }
    return "other " + (o instanceof Box<?> b ? "box" : "thing");
  }

  public static void main(String[] args) {
    List<Shape> shapes = new ArrayList<>();
    shapes.add(new Circle(new Point(1, 2), 0));
    shapes.add(new Circle(new Point(3, 4), 5));
    shapes.add(new Rect(new Point(1, 1), new Point(4, 3)));
    shapes.add(new Group("g", new Circle(new Point(0, 0), 2)));
    shapes.add(new Group("h", new Rect(new Point(0, 0), new Point(1, 1))));
    shapes.add(new Group("e", null));
    shapes.add(new Circle(null, 7));
    for (Shape s : shapes) {
      System.out.println(describe(s));
    }
    System.out.println(boxed(new Box<>("four")));
    System.out.println(boxed(new Box<String>(null)));
    System.out.println(boxed(new Box<>(new Point(2, 2))));
    System.out.println(boxed(new Box<>(new Point(2, 3))));
    System.out.println(boxed(new Box<>(new Box<>("nine"))));
    System.out.println(boxed(new Box<>(new Box<>(9))));
    System.out.println(boxed(new Box<>(null)));
    System.out.println(boxed("plain"));
    Object p = new Point(5, 6);
    if (p instanceof Point(int x, int y)) {
      System.out.println("sum " + (x + y));
    }
    if (!(p instanceof Circle(var c, var r))) {
      System.out.println("not a circle");
    }
    Object k = new Counted(3);
    if (k instanceof Counted(var v) && v > 1) {
      System.out.println("counted " + v + " after " + calls + " call");
    }
  }
}
