package exceptions;

import dev.jmpy.annotations.MicroPython;

/** Multi-catch clauses mixing JDK and user exceptions, with fall-through to later catches. */
@MicroPython
public class MultiCatch {
  static class Timeout extends RuntimeException {
    Timeout(String m) {
      super(m);
    }
  }

  static class Refused extends RuntimeException {
    Refused(String m) {
      super(m);
    }
  }

  static void act(int i) {
    switch (i) {
      case 0 -> throw new Timeout("slow");
      case 1 -> throw new Refused("nope");
      case 2 -> throw new IllegalArgumentException("arg");
      case 3 -> throw new ArithmeticException("math");
      case 4 -> System.out.println("4 does nothing");
      default -> throw new IndexOutOfBoundsException("idx " + i);
    }
  }

  public static void main(String[] args) {
    for (int i = 0; i < 6; i++) {
      try {
        act(i);
      } catch (Timeout | Refused e) {
        System.out.println(i + ": network problem: " + e.getMessage());
      } catch (IllegalArgumentException | ArithmeticException e) {
        System.out.println(i + ": input problem: " + e.getMessage());
      } catch (RuntimeException e) {
        System.out.println(i + ": other: " + e.getMessage());
      }
    }
  }
}
