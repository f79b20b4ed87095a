package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where local and anonymous classes meet scopes: an anonymous subclass of the class itself (a
 * private field is the enclosing object's, an inherited one the copy's), a local class inside an
 * anonymous class's method reaching the outermost object, local classes in a lambda capturing
 * its parameter and locals, a local class extending a local class of an enclosing method (each
 * keeps its own enclosing instance), and an anonymous Function passed to a stream.
 */
@MicroPython
public class LocalClassScopes {
  private int secret;
  final String name;

  LocalClassScopes(String name, int secret) {
    this.name = name;
    this.secret = secret;
  }

  LocalClassScopes copy() {
    // an anonymous subclass of the class itself: 'secret' (private, not inherited) is this
    // object's, 'name' (inherited) is the copy's own
    return new LocalClassScopes("copy of " + name, 100) {
      @Override
      String describe() {
        return name + " / outer secret " + secret;
      }
    };
  }

  String describe() {
    return name + " secret " + secret;
  }

  Supplier<String> chain(String tag) {
    String upper = tag.toUpperCase();
    return new Supplier<String>() {
      @Override
      public String get() {
        class Helper {
          String help() {
            return upper + "-" + name;
          }
        }
        return new Helper().help();
      }
    };
  }

  static List<String> viaLambda(List<String> words) {
    List<Supplier<String>> out = new ArrayList<>();
    words.forEach(w -> {
      int len = w.length();
      class Measured implements Supplier<String> {
        @Override
        public String get() {
          return w + "=" + len;
        }
      }
      out.add(new Measured());
    });
    List<String> result = new ArrayList<>();
    for (Supplier<String> s : out) {
      result.add(s.get());
    }
    return result;
  }

  String deep(int base) {
    class Base {
      int value() {
        return base + secret;
      }
    }
    Supplier<Base> maker = new Supplier<Base>() {
      @Override
      public Base get() {
        class Derived extends Base {
          @Override
          int value() {
            return super.value() * 10;
          }
        }
        return new Derived();
      }
    };
    return "deep " + maker.get().value() + " " + new Base().value();
  }

  public static void main(String[] args) {
    LocalClassScopes t = new LocalClassScopes("orig", 7);
    System.out.println(t.copy().describe());
    System.out.println(t.chain("x").get());
    System.out.println(viaLambda(List.of("a", "bcd")));
    System.out.println(t.deep(3));
    Function<Integer, Integer> f = new Function<Integer, Integer>() {
      @Override
      public Integer apply(Integer x) {
        return x + 1;
      }
    };
    System.out.println(List.of(1, 2).stream().map(f).toList());
  }
}
