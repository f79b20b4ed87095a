package exceptions;

import dev.jmpy.annotations.MicroPython;

/** catch (Error e) catches your Error subclasses but lets exceptions through, as in Java. */
@MicroPython
public class CatchErrorOnly {
  static class Fatal extends Error {
    Fatal(String message) {
      super(message);
    }
  }

  static String run(int i) {
    try {
      try {
        if (i == 1) {
          throw new Fatal("fatal");
        }
        if (i == 2) {
          throw new IllegalStateException("state");
        }
        return "ok";
      } catch (Error e) {
        return "error caught: " + e.getMessage();
      }
    } catch (RuntimeException e) {
      return "outer caught: " + e.getMessage();
    }
  }

  public static void main(String[] args) {
    for (int i = 0; i < 3; i++) {
      System.out.println(run(i));
    }
  }
}
