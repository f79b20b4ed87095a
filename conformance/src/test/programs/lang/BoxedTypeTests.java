package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/**
 * instanceof and case with Boolean and String on Objects holding booleans, strings, ints and
 * records (the boxed numbers: lang/BoxedNumberTests).
 */
@MicroPython
public class BoxedTypeTests {
  record Tag(String name) {}

  static String kind(Object o) {
    return switch (o) {
      case null -> "null";
      case Boolean b when b -> "yes";
      case Boolean b -> "no";
      case String s -> "text of " + s.length();
      case Tag t -> "tag " + t.name();
      default -> "something else";
    };
  }

  public static void main(String[] args) {
    List<Object> things = new ArrayList<>();
    things.add(true);
    things.add(false);
    things.add("four");
    things.add(1);
    things.add(0);
    things.add(new Tag("t"));
    things.add(null);
    for (Object o : things) {
      String flags = (o instanceof Boolean) + "/" + (o instanceof String);
      System.out.println(kind(o) + " " + flags);
    }
    Object maybe = things.size() > 3;
    if (maybe instanceof Boolean b && b) {
      System.out.println("parsed true");
    }
  }
}
