package ctl;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** Java 21 pattern matching in switch: type patterns, guards, case null, default, exhaustive sealed types. */
@MicroPython
public class SwitchPatterns {
  sealed interface Shape permits Circle, Square, Rect {}

  record Circle(int r) implements Shape {}

  record Square(int side) implements Shape {}

  record Rect(int w, int h) implements Shape {}

  static int area(Shape s) {
    return switch (s) {
      case Circle c -> 3 * c.r() * c.r();
      case Square q -> q.side() * q.side();
      case Rect r -> r.w() * r.h();
    };
  }

  static String describe(Object o) {
    return switch (o) {
      case null -> "nothing";
      case Circle c when c.r() == 0 -> "a dot";
      case Circle c -> "a circle of radius " + c.r();
      case Square q when q.side() > 10 -> "a big square";
      case String text when text.isEmpty() -> "an empty string";
      case String text -> "the string " + text + " of length " + text.length();
      default -> "something else";
    };
  }

  static String classify(Shape s) {
    String kind;
    switch (s) {
      case Circle c -> {
        if (c.r() > 5) {
          kind = "round and large";
        } else {
          kind = "round";
        }
      }
      case Square q -> kind = "square";
      default -> kind = "other";
    }
    return kind;
  }

  static String size(Shape s) {
    String result = switch (s) {
      case Rect r when r.w() == r.h() -> {
        String text = "a square rect";
        yield text + " " + r.w();
      }
      case Rect r -> "a rect " + r.w() + "x" + r.h();
      default -> {
        int a = area(s);
        yield "area " + a;
      }
    };
    return result;
  }

  public static void main(String[] args) {
    List<Shape> shapes = List.of(new Circle(2), new Square(4), new Rect(2, 3), new Circle(7), new Rect(5, 5));
    for (Shape s : shapes) {
      System.out.println(s + ": area " + area(s) + ", " + classify(s) + ", " + size(s));
    }
    Object[] things = {null, new Circle(0), new Circle(3), new Square(11), new Square(2), "", "abc", 42};
    for (Object o : things) {
      System.out.println(describe(o));
    }
  }
}
