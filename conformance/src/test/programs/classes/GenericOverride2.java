package classes;

import dev.jmpy.annotations.MicroPython;

/** An abstract method of T in a generic abstract class, overridden for a concrete type, is called through the base. */
@MicroPython
public class GenericOverride2 {
  static abstract class Keyed<T> {
    abstract String keyOf(T t);
    String twice(T t) { return keyOf(t) + keyOf(t); }
  }

  static class ByLength extends Keyed<String> {
    String keyOf(String s) { return "L" + s.length(); }
  }

  public static void main(String[] args) {
    Keyed<String> k = new ByLength();
    System.out.println(k.twice("abc") + k.keyOf("xy"));
  }
}
