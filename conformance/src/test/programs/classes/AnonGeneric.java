package classes;

import dev.jmpy.annotations.MicroPython;

/** An anonymous class implementing a generic interface for String is called through the interface. */
@MicroPython
public class AnonGeneric {
  interface Transformer<T> {
    T apply(T t);
    default T twice(T t) { return apply(apply(t)); }
  }

  interface Sink<T> {
    void put(T t);
    int count();
  }

  public static void main(String[] args) {
    Transformer<String> ex = new Transformer<>() {
      public String apply(String s) { return s + "!"; }
    };
    System.out.println(ex.twice("hi"));
    Sink<Integer> s = new Sink<>() {
      int n;
      public void put(Integer x) { n += x; }
      public int count() { return n; }
    };
    s.put(3); s.put(4);
    System.out.println(s.count());
  }
}
