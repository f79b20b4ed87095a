package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** One interface implemented by classes and records, used through the interface type, with an abstract base in between. */
@MicroPython
public class InterfacePolymorphism {
  interface Shape {
    int area();

    String name();
  }

  record Rect(int w, int h) implements Shape {
    public int area() {
      return w * h;
    }

    public String name() {
      return w == h ? "square" : "rect";
    }
  }

  record Tri(int base, int height) implements Shape {
    public int area() {
      return base * height / 2;
    }

    public String name() {
      return "triangle";
    }
  }

  abstract static class Composite implements Shape {
    protected final List<Shape> parts = new ArrayList<>();

    Composite add(Shape s) {
      parts.add(s);
      return this;
    }

    public int area() {
      int total = 0;
      for (Shape s : parts) {
        total += s.area();
      }
      return total;
    }
  }

  static class Group extends Composite {
    public String name() {
      return "group of " + parts.size();
    }
  }

  static class Frame extends Composite {
    public String name() {
      return "frame";
    }

    @Override
    public int area() {
      return super.area() - 1;
    }
  }

  static int totalArea(List<Shape> shapes) {
    int t = 0;
    for (Shape s : shapes) {
      t += s.area();
    }
    return t;
  }

  public static void main(String[] args) {
    Group g = new Group();
    g.add(new Rect(2, 2)).add(new Tri(3, 5));
    Frame f = new Frame();
    f.add(g).add(new Rect(1, 4));
    List<Shape> shapes = List.of(new Rect(3, 4), new Rect(5, 5), new Tri(4, 3), g, f);
    for (Shape s : shapes) {
      System.out.println(s.name() + " area " + s.area() + (s instanceof Rect r ? " width " + r.w() : ""));
    }
    System.out.println("total area " + totalArea(shapes));
    Shape biggest = shapes.get(0);
    for (Shape s : shapes) {
      if (s.area() > biggest.area()) {
        biggest = s;
      }
    }
    System.out.println("biggest: " + biggest.name() + ", records: " + shapes.get(0) + " " + shapes.get(2));
  }
}
