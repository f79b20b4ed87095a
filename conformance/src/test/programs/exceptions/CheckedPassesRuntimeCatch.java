package exceptions;

import dev.jmpy.annotations.MicroPython;

/**
 * catch (RuntimeException e) does not catch a checked exception: it goes on to an outer catch of
 * its own type, in Java as in the generated Python.
 */
@MicroPython
public class CheckedPassesRuntimeCatch {
  static class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  static class Broken extends RuntimeException {
    Broken(String message) {
      super(message);
    }
  }

  static void step(int n) throws Refused {
    if (n == 1) {
      throw new Refused("checked at " + n);
    }
    if (n == 2) {
      throw new Broken("unchecked at " + n);
    }
  }

  static String attempt(int n) {
    try {
      try {
        step(n);
        return "ok " + n;
      } catch (RuntimeException e) {
        return "runtime catch: " + e.getMessage();
      }
    } catch (Refused e) {
      return "outer catch: " + e.getMessage();
    }
  }

  static String direct(int n) {
    try {
      try {
        if (n > 0) {
          throw new Refused("thrown directly");
        }
        return "nothing thrown";
      } catch (IllegalStateException | Broken e) {
        return "wrong catch";
      } catch (RuntimeException e) {
        return "runtime catch";
      }
    } catch (Exception e) {
      return "exception catch: " + e.getMessage();
    }
  }

  public static void main(String[] args) {
    for (int n = 0; n < 3; n++) {
      System.out.println(attempt(n));
    }
    System.out.println(direct(0));
    System.out.println(direct(1));
  }
}
