package classes;

import dev.jmpy.annotations.MicroPython;

/** An override whose parameter is a type argument (an interface method of T, implemented for String) keeps the overridden method's Python name. */
@MicroPython
public class GenericOverride {
  interface Keyed<T> {
    String keyOf(T t);
    default String twice(T t) { return keyOf(t) + keyOf(t); }
  }

  static class ByLength implements Keyed<String> {
    public String keyOf(String s) { return "L" + s.length(); }
  }

  public static void main(String[] args) {
    System.out.println(new ByLength().twice("abc"));
  }
}
