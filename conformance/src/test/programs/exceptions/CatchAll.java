package exceptions;

import dev.jmpy.annotations.MicroPython;

/** catch (Exception), catch (RuntimeException), catch (Throwable) and catch (Error) of unchecked exceptions. */
@MicroPython
public class CatchAll {
  static class Fatal extends Error {
    Fatal(String m) {
      super(m);
    }
  }

  static int risky(int i) {
    if (i == 1) {
      throw new IllegalStateException("state " + i);
    }
    if (i == 2) {
      return 10 / (i - 2);
    }
    if (i == 3) {
      throw new Fatal("fatal " + i);
    }
    return i * 100;
  }

  public static void main(String[] args) {
    for (int i = 0; i < 4; i++) {
      try {
        System.out.println("Exception handler: " + risky(i));
      } catch (Exception e) {
        System.out.println("Exception caught: " + e.getMessage());
      } catch (Error e) {
        System.out.println("Error caught: " + e.getMessage());
      }
    }
    try {
      risky(1);
    } catch (RuntimeException e) {
      System.out.println("RuntimeException caught: " + e.getMessage());
    }
    try {
      risky(3);
    } catch (Throwable t) {
      System.out.println("Throwable caught: " + t.getMessage());
    }
    try {
      risky(2);
    } catch (Throwable t) {
      System.out.println("Throwable caught arithmetic: " + t.getMessage());
    }
    try {
      throw new RuntimeException();
    } catch (RuntimeException e) {
      System.out.println("no message is null: " + (e.getMessage() == null));
    }
  }
}
