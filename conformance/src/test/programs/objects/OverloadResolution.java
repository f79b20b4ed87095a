package objs;

import dev.jmpy.annotations.MicroPython;

/** Overloads chosen by the static type of the argument: int, long, String, Object; widening before boxing; instance overloads. */
@MicroPython
public class OverloadResolution {
  static String f(int x) {
    return "int " + x;
  }

  static String f(long x) {
    return "long " + x;
  }

  static String f(String s) {
    return "String " + s.length();
  }

  static String f(Object o) {
    return "Object " + kind(o);
  }

  static String kind(Object o) {
    if (o instanceof String str) {
      return "holding String " + str;
    }
    return o == null ? "holding null" : "holding a non-String";
  }

  static String g(long x) {
    return "g(long) " + x;
  }

  static String g(Object o) {
    return "g(Object) " + kind(o);
  }

  static String pair(int a, long b) {
    return "int,long " + (a + b);
  }

  static String pair(long a, int b) {
    return "long,int " + (a - b);
  }

  private final String prefix;

  OverloadResolution(String prefix) {
    this.prefix = prefix;
  }

  String show(int v) {
    return prefix + "#" + v;
  }

  String show(String v) {
    return prefix + "\"" + v + "\"";
  }

  String show(int a, int b) {
    return show(a + b) + "+" + show("" + a + b);
  }

  public static void main(String[] args) {
    int i = 7;
    long l = 7;
    short s = 3;
    byte b = 2;
    char c = 'A';
    String str = "seven";
    Object o = "hidden string";
    Object boxed = 42;
    System.out.println(f(i));
    System.out.println(f(l));
    System.out.println(f(s));
    System.out.println(f(b));
    System.out.println(f(c));
    System.out.println(f(str));
    System.out.println(f(o));
    System.out.println(f(boxed));
    System.out.println(f(i + l));
    System.out.println(f(i * 2));
    System.out.println(f((Object) str));
    System.out.println(f((long) i));
    System.out.println(f((Object) null));
    System.out.println(f((String) "cast"));
    System.out.println(g(i));
    System.out.println(g(str));
    System.out.println(pair(1, 2L));
    System.out.println(pair(5L, 2));
    OverloadResolution r = new OverloadResolution("r");
    System.out.println(r.show(3));
    System.out.println(r.show("x"));
    System.out.println(r.show(1, 2));
  }
}
