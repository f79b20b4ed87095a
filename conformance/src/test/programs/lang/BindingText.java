package lang;

import dev.jmpy.annotations.MicroPython;

/**
 * Pattern bindings in text: a type pattern never binds null (its text is str(x)), but a binding
 * assigned later, or a record pattern's component, may be null.
 */
@MicroPython
public class BindingText {
  record Box(Integer value, Object tag) {}

  static String describe(Object o) {
    if (o instanceof Integer i) {
      return "int " + i;
    }
    if (o instanceof String s) {
      String before = "text " + s;
      s = null;
      return before + " then " + s;
    }
    if (o instanceof Box(Integer v, Object t)) {
      return "box " + v + " " + t;
    }
    return "other";
  }

  public static void main(String[] args) {
    System.out.println(describe(42));
    System.out.println(describe("hi"));
    System.out.println(describe(new Box(null, null)));
    System.out.println(describe(new Box(7, "t")));
    System.out.println(describe(2.5f));
  }
}
