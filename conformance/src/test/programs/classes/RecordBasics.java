package classes;

import dev.jmpy.annotations.MicroPython;

/** Records: accessors, toString, equals, == identity, records with methods and nested records. */
@MicroPython
public class RecordBasics {
  record Point(int x, int y) {
    int manhattan() {
      return Math.abs(x) + Math.abs(y);
    }

    Point plus(Point o) {
      return new Point(x + o.x(), y + o.y);
    }
  }

  record Person(String name, int age, boolean admin) {}

  record Line(Point from, Point to, String label) {}

  public static void main(String[] args) {
    Point p = new Point(3, -4);
    Point q = new Point(3, -4);
    Point r = new Point(1, 2);
    System.out.println("p = " + p);
    System.out.println("x=" + p.x() + " y=" + p.y());
    System.out.println("manhattan = " + p.manhattan());
    System.out.println("p+r = " + p.plus(r));
    System.out.println("p.equals(q) = " + p.equals(q));
    System.out.println("p.equals(r) = " + p.equals(r));
    System.out.println("p == q: " + (p == q));
    System.out.println("p == p: " + (p == p));
    Person ann = new Person("Ann", 41, true);
    System.out.println(ann);
    System.out.println(ann.name() + " admin? " + ann.admin());
    System.out.println("equal people: " + ann.equals(new Person("Ann", 41, true)));
    System.out.println("different age: " + ann.equals(new Person("Ann", 40, true)));
    Line line = new Line(p, r, "diag");
    System.out.println("line: " + line);
    System.out.println("line.from().y() = " + line.from().y());
    System.out.println("lines equal: " + line.equals(new Line(new Point(3, -4), new Point(1, 2), "diag")));
  }
}
