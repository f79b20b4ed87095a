package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Abstract class with a template method, overrides dispatched through a base-typed list. */
@MicroPython
public class Polymorphism {
  abstract static class Shape {
    private final String label;

    Shape(String label) {
      this.label = label;
    }

    abstract int area();

    abstract int perimeter();

    String kind() {
      return "shape";
    }

    String report() {
      return label + " (" + kind() + "): area=" + area() + " perimeter=" + perimeter();
    }
  }

  static class Rect extends Shape {
    final int w;
    final int h;

    Rect(int w, int h) {
      super("rect " + w + "x" + h);
      this.w = w;
      this.h = h;
    }

    @Override
    int area() {
      return w * h;
    }

    @Override
    int perimeter() {
      return 2 * (w + h);
    }

    @Override
    String kind() {
      return "rectangle";
    }
  }

  static class Square extends Rect {
    Square(int side) {
      super(side, side);
    }

    @Override
    String kind() {
      return "square, a " + super.kind();
    }
  }

  static class Triangle extends Shape {
    final int a;
    final int b;
    final int c;

    Triangle(int a, int b, int c) {
      super("tri");
      this.a = a;
      this.b = b;
      this.c = c;
    }

    @Override
    int area() {
      return a * b / 2;
    }

    @Override
    int perimeter() {
      return a + b + c;
    }
  }

  public static void main(String[] args) {
    List<Shape> shapes = new ArrayList<>();
    shapes.add(new Rect(2, 3));
    shapes.add(new Square(4));
    shapes.add(new Triangle(3, 4, 5));
    int total = 0;
    for (Shape s : shapes) {
      System.out.println(s.report());
      total += s.area();
    }
    System.out.println("total area: " + total);
    Rect r = new Square(2);
    System.out.println("square as rect: " + r.kind() + " w=" + r.w);
  }
}
