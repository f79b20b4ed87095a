package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/**
 * Local classes: constructors (one or several), captured locals and parameters, instances made
 * in a loop and from the class's own methods, a local class extending another (both capturing),
 * a local record, and two methods declaring local classes of the same name.
 */
@MicroPython
public class LocalClassCapture {
  interface Step {
    int next(int x);
  }

  static List<String> run(String prefix, int limit) {
    int offset = prefix.length();

    class Node {
      final int value;
      Node next;

      Node(int value) {
        this.value = value + offset;
      }

      Node(int value, Node next) {
        this(value);
        this.next = next;
      }

      Node prepend(int v) {
        return new Node(v, this);
      }

      String render() {
        return prefix + value + (next == null ? "" : "," + next.render());
      }
    }

    class Bounded extends Node {
      Bounded(int value) {
        super(Math.min(value, limit));
      }

      @Override
      String render() {
        return "[" + super.render() + " max " + limit + "]";
      }
    }

    List<String> out = new ArrayList<>();
    Node list = new Node(1);
    for (int i = 2; i <= 3; i++) {
      list = list.prepend(i);
    }
    out.add(list.render());
    out.add(new Bounded(100).render());
    out.add(new Bounded(1).prepend(9).render());
    return out;
  }

  static int counter() {
    class Counter implements Step {
      int calls;

      @Override
      public int next(int x) {
        calls++;
        return x * 2 + calls;
      }
    }
    Counter c = new Counter();
    return c.next(c.next(1));
  }

  static String records(int base) {
    record Point(int x, int y) {
      int sum() {
        return x + y;
      }
    }
    Point p = new Point(base, base + 1);
    Point q = new Point(base, base + 1);
    return p + " sum " + p.sum() + " equal " + p.equals(q);
  }

  static String sameName() {
    class Counter {
      String hello() {
        return "second Counter";
      }
    }
    return new Counter().hello();
  }

  public static void main(String[] args) {
    for (String line : run("n", 50)) {
      System.out.println(line);
    }
    System.out.println(run("ab", 5).get(1));
    System.out.println("counter " + counter());
    System.out.println(records(3));
    System.out.println(sameName());
    List<Step> steps = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      int factor = k;
      class Times implements Step {
        @Override
        public int next(int x) {
          return x * factor;
        }
      }
      steps.add(new Times());
    }
    int value = 1;
    for (Step s : steps) {
      value = s.next(value);
      System.out.print(value + " ");
    }
    System.out.println();
  }
}
