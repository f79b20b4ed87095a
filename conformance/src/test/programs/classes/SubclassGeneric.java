package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Processor<I, O>.convert(I) implemented by a subclass with concrete types, called through the generic base. */
@MicroPython
public class SubclassGeneric {
  static abstract class Processor<I, O> {
    final List<O> out = new ArrayList<>();
    abstract O convert(I in);
    void feed(I in) { out.add(convert(in)); }
  }

  static class Lengths extends Processor<String, Integer> {
    @Override Integer convert(String in) { return in.length(); }
  }

  static class Same<T> extends Processor<T, T> {
    @Override T convert(T in) { return in; }
  }

  public static void main(String[] args) {
    Lengths l = new Lengths();
    l.feed("abc"); l.feed("");
    Same<String> s = new Same<>();
    s.feed("x");
    System.out.println(l.out + " " + s.out);
  }
}
