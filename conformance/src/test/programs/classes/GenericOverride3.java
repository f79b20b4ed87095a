package classes;

import dev.jmpy.annotations.MicroPython;

/** Handler<T>.handle(T) overridden by Upper extends Handler<String>: the override runs, not the base (found by a bug hunt: it was renamed handle_). */
@MicroPython
public class GenericOverride3 {
  static class Handler<T> {
    String handle(T t) { return "default"; }
  }

  static class Upper extends Handler<String> {
    @Override String handle(String s) { return s.toUpperCase(); }
  }

  public static void main(String[] args) {
    Handler<String> h = new Upper();
    System.out.println(h.handle("abc"));
  }
}
