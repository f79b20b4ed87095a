package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Corners: an anonymous class as a nested enum's constant argument, one taking an interface's
 * default method and one created in a default method, anonymous subclasses of a varargs
 * constructor, a local class in a constructor and an anonymous one in an instance initializer, an anonymous class inside an inner class reaching
 * both objects, one in a switch group that falls through (translated once, made each time),
 * capturing a catch parameter, and var holding an anonymous class's own type.
 */
@MicroPython
public class InnerClassCorners {
  private int secret = 1;
  final List<String> log = new ArrayList<>();
  static final List<IntSupplier> SUPPLIERS = new ArrayList<>();

  enum Op {
    ONE(new IntSupplier() {
      public int getAsInt() { return 1; }
    }),
    TWO(() -> 2);

    final IntSupplier s;

    Op(IntSupplier s) {
      this.s = s;
    }
  }

  static class Sum {
    final int total;

    Sum(int... xs) {
      int t = 0;
      for (int x : xs) {
        t += x;
      }
      total = t;
    }
  }

  interface Named {
    String name();

    default Supplier<String> greeter() {
      return new Supplier<String>() {
        @Override
        public String get() {
          return "hello " + name();
        }
      };
    }
  }

  static class Person implements Named {
    public String name() { return "pat"; }
  }

  InnerClassCorners() {
    class InCtor {
      String id() { return "ctor local sees secret " + secret; }
    }
    log.add(new InCtor().id());
  }

  {
    int seed = 40;
    SUPPLIERS.add(new IntSupplier() {
      public int getAsInt() { return seed + secret; }
    });
  }

  class Inner {
    int depth = 2;

    Runnable reporter() {
      return new Runnable() {
        public void run() {
          log.add("depth " + depth + " secret " + secret);
        }
      };
    }
  }

  static int pick(int k) {
    int result = 0;
    switch (k) {
      case 1:
        result += new IntSupplier() {
          public int getAsInt() { return 10; }
        }.getAsInt();
      case 2:
        result += 5;
        break;
      default:
        result = -1;
    }
    return result;
  }

  void register(List<Supplier<String>> sink) {
    sink.add(new Supplier<String>() {
      @Override
      public String get() {
        return "registered by " + InnerClassCorners.this.secret;
      }
    });
  }

  public static void main(String[] args) {
    System.out.println(Op.ONE.s.getAsInt() + " " + Op.TWO.s.getAsInt());
    System.out.println(new Sum(1, 2, 3) {}.total);
    Sum anonymousSum = new Sum(4, 5) {
      int extra = total * 2;
    };
    System.out.println(anonymousSum.total);
    System.out.println(new Person().greeter().get());
    Named anonymousNamed = new Named() {
      @Override
      public String name() {
        return "anonymous";
      }
    };
    System.out.println(anonymousNamed.greeter().get());
    InnerClassCorners t = new InnerClassCorners();
    t.secret = 2;
    System.out.println(SUPPLIERS.get(0).getAsInt());
    InnerClassCorners.Inner in = t.new Inner();
    in.reporter().run();
    System.out.println(pick(1) + " " + pick(2) + " " + pick(3));
    try {
      throw new IllegalStateException("boom");
    } catch (IllegalStateException e) {
      Supplier<String> s = new Supplier<String>() {
        public String get() { return "caught " + e.getMessage(); }
      };
      System.out.println(s.get());
    }
    var calc = new Object() {
      int twice(int a) { return 2 * a; }
    };
    System.out.println(calc.twice(21));
    List<Supplier<String>> sink = new ArrayList<>();
    t.register(sink);
    System.out.println(sink.get(0).get());
    for (String line : t.log) {
      System.out.println(line);
    }
  }
}
