package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Constructors overloaded with the same number of parameters, chosen as javac chooses them (by
 * the arguments' static types), from new, this(...), super(...) and a lambda; this(...) in a
 * record's constructors and in a class's.
 */
@MicroPython
public class SameArityConstructors {
  static class Reading {
    final String text;
    final int value;

    Reading(int value) {
      this(value, "int");
    }

    Reading(String text) {
      this(text.length(), "text " + text);
    }

    Reading(long big) {
      this((int) (big / 1000), "long");
    }

    Reading(int value, String how) {
      this.value = value;
      this.text = how;
    }

    Reading(String how, int value) {
      this(value * 2, how + " doubled");
    }

    String show() {
      return text + "=" + value;
    }
  }

  static class Celsius extends Reading {
    Celsius(String label) {
      super(label);
    }

    Celsius(int degrees) {
      super(degrees, "celsius");
    }
  }

  record Point(int x, int y) {
    Point() {
      this(0, 0);
    }

    Point(int both) {
      this(both, both);
    }

    Point(String at) {
      this(at.length(), -at.length());
    }
  }

  record Range(int from, int to) {
    Range {
      if (from > to) {
        int t = from;
        from = to;
        to = t;
      }
    }

    Range(int to) {
      this(0, to);
    }
  }

  public static void main(String[] args) {
    List<Reading> all = new ArrayList<>();
    all.add(new Reading(7));
    all.add(new Reading("abc"));
    all.add(new Reading(42000L));
    all.add(new Reading(3, "pair"));
    all.add(new Reading("swap", 5));
    char c = 'A';
    all.add(new Reading(c));
    Integer boxed = 9;
    all.add(new Reading(boxed));
    all.add(new Celsius("hot"));
    all.add(new Celsius(21));
    Function<String, Reading> make = s -> new Reading(s);
    all.add(make.apply("lambda"));
    for (Reading r : all) {
      System.out.println(r.show());
    }
    System.out.println(new Point() + " " + new Point(4) + " " + new Point("ab") + " "
        + new Point(1, 2));
    System.out.println(new Range(5) + " " + new Range(9, 3) + " " + new Range(-2).to());
  }
}
