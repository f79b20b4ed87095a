package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Anonymous classes inside instance methods, constructors and field initializers: they read
 * and write the enclosing object's fields, call its methods (unqualified and through
 * Outer.this), mix with lambdas in both directions, and nest (an anonymous class inside an
 * anonymous class reaches the outermost object); a field of the anonymous class hides the outer
 * one of the same name.
 */
@MicroPython
public class AnonymousInInstanceMethod {
  interface Listener {
    void fire(String event);
  }

  private final String name;
  private int count;
  private final List<String> seen = new ArrayList<>();
  private final Listener logger = new Listener() {
    @Override
    public void fire(String event) {
      seen.add("field listener: " + event);
    }
  };
  private final Listener fromConstructor;

  AnonymousInInstanceMethod(String name) {
    this.name = name;
    String prefix = name.toUpperCase();
    fromConstructor = new Listener() {
      @Override
      public void fire(String event) {
        seen.add(prefix + " " + event + " #" + count);
      }
    };
  }

  String label() {
    return "<" + name + ">";
  }

  Listener counting(int step) {
    return new Listener() {
      int name = step * 100; // hides the outer field 'name'

      @Override
      public void fire(String event) {
        count += step;
        seen.add(event + " by " + name + " of " + AnonymousInInstanceMethod.this.name
            + " " + label() + " count " + count);
      }
    };
  }

  Supplier<Listener> factory() {
    return () -> new Listener() {
      @Override
      public void fire(String event) {
        Listener inner = new Listener() {
          @Override
          public void fire(String e) {
            seen.add("nested " + e + " in " + name + " " + AnonymousInInstanceMethod.this.label());
          }
        };
        inner.fire(event + "!");
        Runnable r = () -> count *= 10;
        r.run();
      }
    };
  }

  public static void main(String[] args) {
    AnonymousInInstanceMethod app = new AnonymousInInstanceMethod("app");
    AnonymousInInstanceMethod other = new AnonymousInInstanceMethod("other");
    Listener a = app.counting(1);
    Listener b = app.counting(5);
    Listener c = other.counting(2);
    a.fire("click");
    b.fire("key");
    c.fire("tap");
    a.fire("click");
    app.logger.fire("start");
    app.fromConstructor.fire("built");
    app.factory().get().fire("made");
    other.fromConstructor.fire("built");
    for (String line : app.seen) {
      System.out.println(line);
    }
    System.out.println("--");
    for (String line : other.seen) {
      System.out.println(line);
    }
    System.out.println(app.count + " " + other.count);
  }
}
