package lang;

import dev.jmpy.annotations.MicroPython;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * instanceof and case with Number and Character on values seen as Object or T: Number is any
 * int (not a boolean), and a Character pattern never matches, since a char is never seen as
 * Object (JMPY180). A JSON-like map holds longs and ints as Objects.
 */
@MicroPython
public class BoxedNumberTests {
  record Point(int x, int y) {}

  static String kind(Object o) {
    return switch (o) {
      case null -> "null";
      case Character c -> "char " + c;
      case Number n -> "number " + n;
      case Boolean b -> "boolean " + b;
      case String s -> "string " + s.length();
      case Point(int x, int y) -> "point " + (x + y);
      default -> "other " + o;
    };
  }

  static <T> String describe(T value) {
    String s = value instanceof Number ? "number" : "not a number";
    if (value instanceof Character) {
      s += " (never)";
    }
    return s;
  }

  public static void main(String[] args) {
    List<Object> things = new ArrayList<>(List.of(7, -3, "seven", true, new Point(2, 3)));
    things.add(null);
    things.add(Map.of("k", 1).get("k"));
    things.add(12345678901L);
    things.add(BigInteger.TWO.pow(70));
    things.add(List.of(1));
    for (Object o : things) {
      System.out.println(kind(o) + " | " + describe(o) + " | " + (o instanceof Number)
          + " " + (o instanceof Character));
    }
    Map<String, Object> json = Map.of("id", 12345678901L);
    Object id = json.get("id");
    if (id instanceof Number n) {
      System.out.println("id " + n + " " + (n == id));
    }
    System.out.println(describe(42) + ", " + describe("x") + ", " + describe(false));
  }
}
