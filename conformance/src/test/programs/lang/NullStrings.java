package lang;

import dev.jmpy.annotations.MicroPython;

/** A null String concatenates and prints as "null" in Java. */
@MicroPython
public class NullStrings {
  static String missing;
  String field;

  // a class without toString() prints its identity (pkg.C@1b6d3586), rejected JMPY130; a null
  // reference of it prints "null" all the same
  @Override
  public String toString() {
    return "NullStrings(" + field + ")";
  }

  NullStrings() {}

  public static void main(String[] args) {
    String s = null;
    System.out.println("s = " + s);
    System.out.println("is null: " + (s == null));
    System.out.println("static: " + missing);
    NullStrings n = new NullStrings();
    System.out.println("field: " + n.field);
    String t = "a";
    t += s;
    System.out.println("t = " + t);
    System.out.println(s);
    System.out.println("valueOf: " + String.valueOf(missing));
    NullStrings none = null;
    System.out.println("object null: " + none);
    System.out.println(none == null ? "none is null" : "none is set");
  }
}
