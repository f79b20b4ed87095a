package exceptions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Exceptions as values: stored in variables and lists, thrown later, null messages, thrown from constructors. */
@MicroPython
public class ExceptionValues {
  static class Sensor {
    final int pin;

    Sensor(int pin) {
      if (pin < 0) {
        throw new IllegalArgumentException("pin must be >= 0, got " + pin);
      }
      this.pin = pin;
    }
  }

  static RuntimeException makeError(int kind) {
    if (kind == 0) {
      return new IllegalStateException("state");
    }
    return new UnsupportedOperationException("unsupported " + kind);
  }

  public static void main(String[] args) {
    List<RuntimeException> errors = new ArrayList<>();
    errors.add(new IllegalArgumentException("first"));
    errors.add(new ArithmeticException("second"));
    errors.add(new RuntimeException());
    for (RuntimeException e : errors) {
      String m = e.getMessage();
      System.out.println("stored message: " + (m == null ? "<none>" : m));
    }
    for (RuntimeException e : errors) {
      try {
        throw e;
      } catch (ArithmeticException a) {
        System.out.println("rethrown arithmetic: " + a.getMessage());
      } catch (RuntimeException r) {
        System.out.println("rethrown runtime, same object: " + (r == e));
      }
    }
    try {
      throw makeError(1);
    } catch (UnsupportedOperationException e) {
      System.out.println("made: " + e.getMessage());
    }
    try {
      Sensor s = new Sensor(-3);
      System.out.println("not reached " + s.pin);
    } catch (IllegalArgumentException e) {
      System.out.println("constructor threw: " + e.getMessage());
    }
    Sensor ok = new Sensor(4);
    System.out.println("sensor pin " + ok.pin);
  }
}
