// jmpy-options: -Ajmpy.floatPrecision=double
package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Lambdas and method references for any functional interface, by Java's rule: one abstract method,
 * with or without @FunctionalInterface; interfaces that classes also implement; default methods
 * (their own and inherited) called on a lambda; instanceof on a lambda; a generic interface whose
 * default method returns a lambda; JDK functional interfaces implemented by classes of yours.
 */
@MicroPython
public class LambdasForInterfaces {
  interface Shape {
    double area();

    default String describe() {
      return "shape of area " + (int) area();
    }
  }

  interface Named {
    String name();

    default String greet() {
      return "hi " + name();
    }
  }

  /** Functional: name() is given by a default, title() is the one abstract method. */
  interface Titled extends Named {
    String title();

    default String name() {
      return "Dr " + title();
    }
  }

  interface Mapper<T> {
    T map(T x);

    default Mapper<T> twice() {
      return x -> map(map(x));
    }
  }

  static class Square implements Shape {
    private final int side;

    Square(int side) {
      this.side = side;
    }

    public double area() {
      return side * side;
    }

    public String describe() {
      return "square " + side;
    }
  }

  static class Counter {
    private int n;

    int next() {
      n += 1;
      return n;
    }
  }

  interface Source {
    int take();
  }

  static class ByLength implements Comparator<String> {
    public int compare(String a, String b) {
      return Integer.compare(a.length(), b.length());
    }
  }

  static class Exclaim implements Function<String, String> {
    public String apply(String s) {
      return s + "!";
    }

    String twice(String s) {
      return apply(apply(s));
    }
  }

  static int total(Source s, int times) {
    int sum = 0;
    for (int i = 0; i < times; i++) {
      sum += s.take();
    }
    return sum;
  }

  static String who() {
    return "Who";
  }

  private Shape stored = () -> 2;

  public static void main(String[] args) {
    Shape unit = () -> 1;
    List<Shape> shapes = new ArrayList<>();
    shapes.add(unit);
    shapes.add(new Square(3));
    shapes.add(() -> 12.5);
    for (Shape s : shapes) {
      System.out.println(s.describe() + " / " + (int) s.area());
    }
    System.out.println("field: " + (int) new LambdasForInterfaces().stored.area());

    Titled t = () -> "Who";
    Titled r = LambdasForInterfaces::who;
    System.out.println(t.greet() + " | " + r.name() + " | " + t.title());
    Named n = t;
    System.out.println(n.greet());

    Object o = unit;
    System.out.println("instanceof Shape: " + (o instanceof Shape) + ", Named: " + (o instanceof Named));
    Object named = t;
    System.out.println("Titled is Named: " + (named instanceof Named));
    if (named instanceof Titled tt) {
      System.out.println("bound " + tt.title());
    }

    Mapper<Integer> plus3 = x -> x + 3;
    System.out.println("twice: " + plus3.twice().map(10) + ", four times: "
        + plus3.twice().twice().map(0));
    Mapper<String> wrap = s -> "[" + s + "]";
    System.out.println(wrap.twice().map("x"));

    Counter c = new Counter();
    Source next = c::next;
    System.out.println("total " + total(next, 4) + ", then " + c.next());
    System.out.println("total " + total(() -> 5, 3));

    List<String> words = new ArrayList<>(List.of("pear", "fig", "banana", "kiwi"));
    words.sort(new ByLength());
    System.out.println(words);
    Exclaim e = new Exclaim();
    System.out.println(e.twice("hey") + " " + e.apply("one"));
    Function<String, String> f = e;
    System.out.println(f.apply("via Function"));
    List<String> out = new ArrayList<>();
    words.forEach(w -> out.add(new Exclaim().apply(w)));
    System.out.println(out);
  }
}
