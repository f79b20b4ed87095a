package classes;

import dev.jmpy.annotations.MicroPython;

/** Overloaded static and instance methods; each call uses the overload javac chose. */
@MicroPython
public class Overloads {
  static String show(int v) {
    return "int:" + v;
  }

  static String show(long v) {
    return "long:" + v;
  }

  static String show(String v) {
    return "String:" + v;
  }

  static String show(char c) {
    return "char:" + c;
  }

  static String show(boolean b) {
    return "boolean:" + b;
  }

  static String show() {
    return "nothing";
  }

  static String show(int a, int b) {
    return "two ints:" + (a + b);
  }

  static String show(String s, int n) {
    return "String,int:" + s.repeat(n);
  }

  private int total;

  void add(int v) {
    total += v;
  }

  void add(int a, int b) {
    add(a);
    add(b);
  }

  void add(String digits) {
    add(Integer.parseInt(digits));
  }

  public static void main(String[] args) {
    System.out.println(show(1));
    System.out.println(show(1L));
    System.out.println(show("s"));
    System.out.println(show('c'));
    System.out.println(show(true));
    System.out.println(show());
    System.out.println(show(2, 3));
    System.out.println(show("ab", 3));
    byte b = 7;
    System.out.println(show(b));
    Overloads o = new Overloads();
    o.add(1);
    o.add(2, 3);
    o.add("40");
    System.out.println("total: " + o.total);
  }
}
