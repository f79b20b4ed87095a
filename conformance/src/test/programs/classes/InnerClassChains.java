package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Inner classes built on each other: an anonymous subclass of an inner class (its enclosing
 * instance found from the creating code), a local class extending an inner class and another
 * local class, a local class created inside another local class, local classes of an instance
 * method using the enclosing object, Outer.this::method references, and classes inside a static
 * nested class.
 */
@MicroPython
public class InnerClassChains {
  final String tag;
  final List<String> out = new ArrayList<>();

  InnerClassChains(String tag) {
    this.tag = tag;
  }

  String shout(String s) {
    return tag + ":" + s.toUpperCase();
  }

  abstract class Part {
    final int size;

    Part(int size) {
      this.size = size;
    }

    abstract String name();

    String show() {
      return name() + "(" + size + ")@" + tag;
    }
  }

  Part anonymousPart(int size, String suffix) {
    return new Part(size * 2) {
      @Override
      String name() {
        return "anon" + suffix;
      }
    };
  }

  List<String> locals(int base) {
    String mark = "#" + base;

    class Wheel extends Part {
      Wheel(int size) {
        super(size + base);
      }

      @Override
      String name() {
        return "wheel" + mark;
      }
    }

    class BigWheel extends Wheel {
      BigWheel() {
        super(100);
      }

      @Override
      String name() {
        return "big " + super.name();
      }
    }

    class Garage {
      final List<Part> parts = new ArrayList<>();

      Garage fill(int n) {
        for (int i = 0; i < n; i++) {
          parts.add(i % 2 == 0 ? new Wheel(i) : new BigWheel());
        }
        return this;
      }

      String list() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
          sb.append(p.show()).append(' ');
        }
        return sb.toString().trim() + " " + shout(mark);
      }
    }

    List<String> result = new ArrayList<>();
    result.add(new Garage().fill(3).list());
    Part extra = new Wheel(1) {
      @Override
      String name() {
        return "spare " + super.name() + " for " + InnerClassChains.this.tag;
      }
    };
    result.add(extra.show());
    return result;
  }

  Supplier<String> references() {
    Supplier<String> s = new Supplier<String>() {
      @Override
      public String get() {
        java.util.function.Function<String, String> f = InnerClassChains.this::shout;
        Supplier<String> self = this::toString;
        return f.apply("ref") + " " + self.get();
      }

      @Override
      public String toString() {
        return "supplier of " + tag;
      }
    };
    return s;
  }

  static class Registry {
    final List<String> names = new ArrayList<>();

    Runnable adder(String name) {
      return new Runnable() {
        @Override
        public void run() {
          names.add(name + names.size());
        }
      };
    }
  }

  public static void main(String[] args) {
    InnerClassChains a = new InnerClassChains("A");
    InnerClassChains b = new InnerClassChains("B");
    System.out.println(a.anonymousPart(3, "!").show() + " " + b.anonymousPart(1, "?").show());
    Part viaB = b.new Part(7) {
      @Override
      String name() {
        return "made by main";
      }
    };
    System.out.println(viaB.show());
    for (String line : a.locals(10)) {
      System.out.println(line);
    }
    for (String line : b.locals(20)) {
      System.out.println(line);
    }
    System.out.println(a.references().get());
    Registry r = new Registry();
    Runnable x = r.adder("x");
    Runnable y = r.adder("y");
    x.run();
    y.run();
    x.run();
    System.out.println(r.names);
  }
}
