package exceptions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/**
 * getClass().getSimpleName() and getName() of caught exceptions, as a log line prints them: the
 * JDK's (made by jmpy's runtime or raised by the board as a builtin), your own subclasses (nested
 * two deep, local, anonymous), seen as Exception, as their own type and through a multi-catch.
 */
@MicroPython
public class ExceptionClassNames {
  static class SensorFault extends RuntimeException {
    SensorFault(String message) {
      super(message);
    }
  }

  static class Faults {
    static class Timeout extends Exception {
      Timeout(String message) {
        super(message);
      }
    }
  }

  static class Holder {
    int value;
  }

  interface Step {
    void run() throws Exception;
  }

  static void report(String label, Step step) {
    try {
      step.run();
      System.out.println(label + ": no exception");
    } catch (Exception e) {
      System.out.println(label + ": " + e.getClass().getSimpleName() + " / "
          + e.getClass().getName());
    }
  }

  static int divide(int a, int b) {
    return a / b;
  }

  public static void main(String[] args) {
    report("parse", () -> Integer.parseInt("12x"));
    report("divide", () -> divide(10, 0));
    List<Integer> empty = new ArrayList<>();
    report("list get", () -> empty.get(5));
    report("state", () -> {
      throw new IllegalStateException("busy");
    });
    report("argument", () -> {
      throw new IllegalArgumentException("bad");
    });
    report("unsupported", () -> List.of(1).add(2));
    report("own", () -> {
      throw new SensorFault("no reading");
    });
    report("nested", () -> {
      throw new Faults.Timeout("late");
    });
    Holder missing = null;
    report("null field", () -> System.out.println(missing.value));

    class LocalFault extends RuntimeException {
    }
    report("local", () -> {
      throw new LocalFault();
    });
    report("anonymous", () -> {
      throw new RuntimeException("anon") {
      };
    });
    report("fine", () -> divide(4, 2));

    try {
      Integer.parseInt("");
    } catch (NumberFormatException | ArithmeticException e) {
      System.out.println("multi-catch: " + e.getClass().getSimpleName());
    }
    try {
      throw new Faults.Timeout("again");
    } catch (Faults.Timeout e) {
      System.out.println("own type: " + e.getClass().getSimpleName() + " " + e.getMessage());
    }
    RuntimeException made = new SensorFault("kept");
    System.out.println("not thrown: " + made.getClass().getSimpleName());
  }
}
