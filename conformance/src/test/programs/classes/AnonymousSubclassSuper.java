package classes;

import dev.jmpy.annotations.MicroPython;

/**
 * Anonymous subclasses of a translated class: constructor arguments go to the base's
 * constructor (one of several), methods override and call super, toString/equals/hashCode are
 * overridden, fields are initialised after the base constructor (which already sees the
 * captured values, as javac stores them first), and instance initializer blocks run.
 */
@MicroPython
public class AnonymousSubclassSuper {
  abstract static class Shape {
    final String name;
    int sides;

    Shape(String name) {
      this(name, 0);
    }

    Shape(String name, int sides) {
      this.name = name;
      this.sides = sides;
      System.out.println("Shape(" + name + ") sees " + describe());
    }

    abstract int area();

    String describe() {
      return name + " with " + sides + " sides";
    }

    @Override
    public String toString() {
      return "Shape " + name;
    }
  }

  static class Counter {
    int count;

    void add(int n) {
      count += n;
    }

    int total() {
      return count;
    }
  }

  static Shape square(int side) {
    String label = "square" + side;
    return new Shape(label, 4) {
      int cached = side * side;

      {
        System.out.println("initializer: cached " + cached);
      }

      @Override
      int area() {
        return cached;
      }

      @Override
      String describe() {
        // runs from Shape's constructor before cached is set (0), with the captured label
        return super.describe() + ", label " + label + ", cached " + cached;
      }
    };
  }

  public static void main(String[] args) {
    Shape s = square(3);
    System.out.println(s.area() + " " + s.describe());
    System.out.println(s);

    Shape circle = new Shape("circle") {
      @Override
      int area() {
        return 3 * 2 * 2;
      }

      @Override
      public String toString() {
        return "round " + super.toString();
      }
    };
    System.out.println(circle + " area " + circle.area() + " sides " + circle.sides);

    int step = 5;
    Counter doubling = new Counter() {
      @Override
      void add(int n) {
        super.add(2 * n + step);
      }
    };
    doubling.add(1);
    doubling.add(10);
    System.out.println("doubling total " + doubling.total());

    var a = new Object() {
      final int key = 7;

      @Override
      public boolean equals(Object o) {
        return o instanceof Counter c && c.total() == key;
      }

      @Override
      public int hashCode() {
        return key;
      }

      @Override
      public String toString() {
        return "key " + key;
      }
    };
    Counter seven = new Counter();
    seven.add(7);
    System.out.println(a.equals(seven) + " " + a.equals(doubling) + " " + a.hashCode() + " " + a.toString());
  }
}
