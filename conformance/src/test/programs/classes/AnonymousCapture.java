package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Anonymous classes capturing effectively final locals and parameters: each creation keeps the
 * values of that moment (a loop's variable per iteration), captures reach nested anonymous
 * classes and lambdas, and a captured name may be shadowed inside the class.
 */
@MicroPython
public class AnonymousCapture {
  interface Greeter {
    String greet(String who);
  }

  static Greeter greeter(String greeting, int times) {
    String suffix = times > 1 ? "!".repeat(times) : ".";
    return new Greeter() {
      @Override
      public String greet(String who) {
        return greeting + ", " + who + suffix;
      }
    };
  }

  static List<IntSupplier> counters(int n) {
    List<IntSupplier> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int square = i * i;
      out.add(new IntSupplier() {
        int reads;

        @Override
        public int getAsInt() {
          reads++;
          return square * 10 + reads;
        }
      });
    }
    return out;
  }

  static Supplier<String> nested(String name) {
    int length = name.length();
    return new Supplier<String>() {
      @Override
      public String get() {
        Supplier<String> inner = new Supplier<String>() {
          @Override
          public String get() {
            return name + "/" + length;
          }
        };
        Supplier<String> viaLambda = () -> inner.get() + "+" + name;
        return viaLambda.get();
      }
    };
  }

  static String shadowing(String value) {
    Greeter g = new Greeter() {
      @Override
      public String greet(String value) {
        return "param " + value;
      }
    };
    return g.greet("inner") + " / outer " + value;
  }

  public static void main(String[] args) {
    Greeter hi = greeter("Hi", 3);
    Greeter hello = greeter("Hello", 1);
    System.out.println(hi.greet("ann"));
    System.out.println(hello.greet("bob"));
    System.out.println(hi.greet("cy"));

    List<IntSupplier> cs = counters(4);
    for (IntSupplier c : cs) {
      System.out.print(c.getAsInt() + " ");
    }
    System.out.println();
    System.out.println("again: " + cs.get(2).getAsInt() + " " + cs.get(2).getAsInt());

    System.out.println(nested("abc").get());
    System.out.println(shadowing("outer"));

    String[] names = {"x", "yy", "zzz"};
    List<Supplier<String>> byName = new ArrayList<>();
    for (String each : names) {
      byName.add(new Supplier<String>() {
        @Override
        public String get() {
          return each + each.length();
        }
      });
    }
    StringBuilder all = new StringBuilder();
    for (Supplier<String> s : byName) {
      all.append(s.get()).append(";");
    }
    System.out.println(all.toString());
  }
}
