package exceptions;

import dev.jmpy.annotations.MicroPython;
import java.util.NoSuchElementException;

/** JDK exceptions thrown by translated code and caught by their exact type, with messages. */
@MicroPython
public class JdkExceptions {
  static void fail(int which) {
    if (which == 0) {
      throw new IllegalArgumentException("bad argument");
    } else if (which == 1) {
      throw new ArithmeticException("custom arithmetic");
    } else if (which == 2) {
      throw new IndexOutOfBoundsException("index 9");
    } else if (which == 3) {
      throw new ClassCastException("not a cat");
    } else if (which == 4) {
      throw new NoSuchElementException("nothing left");
    } else if (which == 5) {
      throw new NumberFormatException("not a number");
    }
    System.out.println("no failure for " + which);
  }

  public static void main(String[] args) {
    for (int i = 0; i <= 6; i++) {
      try {
        fail(i);
      } catch (IllegalArgumentException e) {
        System.out.println(i + ": IllegalArgumentException " + e.getMessage());
      } catch (ArithmeticException e) {
        System.out.println(i + ": ArithmeticException " + e.getMessage());
      } catch (IndexOutOfBoundsException e) {
        System.out.println(i + ": IndexOutOfBoundsException " + e.getMessage());
      } catch (ClassCastException e) {
        System.out.println(i + ": ClassCastException " + e.getMessage());
      } catch (NoSuchElementException e) {
        System.out.println(i + ": NoSuchElementException " + e.getMessage());
      }
    }
  }
}
