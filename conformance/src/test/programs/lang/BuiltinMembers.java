package lang;

import dev.jmpy.annotations.MicroPython;

/**
 * Static methods, fields and nested classes named like the Python builtins and modules the
 * generated code and helpers call: each gets a trailing underscore, so a user's getattr does not
 * answer the instanceof of an interface, a class None is no SyntaxError, and a class asyncio does
 * not hide the module. A name spelled with a Unicode escape is the name itself.
 */
@MicroPython
public class BuiltinMembers {
  interface Shape {
    int sides();

    String name();
  }

  record Square(int side) implements Shape {
    public int sides() {
      return 4;
    }

    public String name() {
      return "square";
    }
  }

  record Circle(int radius) {}

  static boolean getattr(Object o, String name, boolean otherwise) {
    return true;
  }

  static boolean isinstance(Object o, Object type) {
    return true;
  }

  static int callable(int x) {
    return x + 1;
  }

  static int hasattr = 3;
  static String property = "property";
  static int vars = 1;
  static int slice = 2;
  static int compile = 3;
  static int exec = 4;
  static int eval = 5;
  static int globals = 6;
  static int locals = 7;
  static int dir = 8;
  static int help = 9;
  static int setattr = 10;
  static int frozenset = 11;
  static int NotImplemented = 12;
  static int caf\u00e9 = 13;

  static class None {
    int value = 1;
  }

  static class print {
    String text() {
      return "a class named print";
    }
  }

  static class str {
    int n = 2;
  }

  static class asyncio {
    int count = 5;
  }

  static String describe(Object o) {
    if (o instanceof Shape shape) {
      return "a " + shape.name() + " with " + shape.sides() + " sides";
    }
    return "not a shape";
  }

  public static void main(String[] args) {
    System.out.println(describe(new Square(2)));
    System.out.println(describe(new Circle(1)));
    System.out.println("getattr " + getattr("x", "y", false) + ", isinstance "
        + isinstance("x", "y") + ", callable " + callable(1));
    System.out.println(hasattr + " " + property + " " + vars + " " + slice + " " + compile + " "
        + exec + " " + eval + " " + globals + " " + locals + " " + dir + " " + help + " "
        + setattr + " " + frozenset + " " + NotImplemented + " " + café);
    System.out.println(new None().value + " " + new print().text() + " " + new str().n + " "
        + new asyncio().count);
    String bytes = "a local named bytes";
    int len = bytes.length();
    System.out.println(bytes + " " + len);
  }
}
