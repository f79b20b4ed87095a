package exceptions;

import dev.jmpy.annotations.MicroPython;

/** Catch clauses naming the exception type by its fully qualified name. */
@MicroPython
public class QualifiedCatch {
  static void fail(boolean empty) {
    if (empty) {
      throw new java.util.NoSuchElementException("empty");
    }
    throw new java.lang.IllegalStateException("state");
  }

  public static void main(String[] args) {
    try {
      fail(true);
    } catch (java.util.NoSuchElementException e) {
      System.out.println("caught NoSuchElementException: " + e.getMessage());
    }
    try {
      fail(false);
    } catch (java.lang.IllegalStateException e) {
      System.out.println("caught IllegalStateException: " + e.getMessage());
    }
  }
}
