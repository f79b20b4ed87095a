package exceptions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/**
 * A reference cast that fails throws ClassCastException: to a class of this program and to
 * String; null passes every cast; a cast javac proves (an upcast) is not checked.
 */
@MicroPython
public class ClassCasts {
  static class Shape {
    String name() {
      return "shape";
    }
  }

  static class Circle extends Shape {
    @Override
    String name() {
      return "circle";
    }

    int radius() {
      return 3;
    }
  }

  static class Square extends Shape {
    @Override
    String name() {
      return "square";
    }
  }

  static String radiusOf(Shape s) {
    try {
      Circle c = (Circle) s;
      return c == null ? "null circle" : "radius " + c.radius();
    } catch (ClassCastException e) {
      return "not a circle: " + s.name();
    }
  }

  static String text(Object o) {
    try {
      String s = (String) o;
      return "text " + s;
    } catch (ClassCastException e) {
      return "ClassCastException";
    }
  }

  public static void main(String[] args) {
    System.out.println(radiusOf(new Circle()));
    System.out.println(radiusOf(new Square()));
    System.out.println(radiusOf(null));
    System.out.println(text("hello"));
    System.out.println(text(42));
    System.out.println(text(null));
    Shape up = (Shape) new Circle();
    System.out.println(up.name());
    List<Object> things = new ArrayList<>();
    things.add(new Circle());
    things.add("a string");
    things.add(new Square());
    int circles = 0;
    int failed = 0;
    for (Object thing : things) {
      try {
        Circle c = (Circle) thing;
        circles += c.radius();
      } catch (ClassCastException e) {
        failed++;
      }
    }
    System.out.println("circles " + circles + ", failed casts " + failed);
  }
}
