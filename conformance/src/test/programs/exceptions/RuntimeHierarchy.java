package exceptions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IllegalStateException, UnsupportedOperationException and ClassCastException, thrown by the
 * program and by JDK calls (immutable collections, an iterator's remove), are caught by their own
 * type and by RuntimeException, and not by the catch of an unrelated exception.
 */
@MicroPython
public class RuntimeHierarchy {
  static class Box {}

  static void fail(int which) {
    switch (which) {
      case 0 -> throw new IllegalStateException("not started");
      case 1 -> throw new UnsupportedOperationException("read only");
      case 2 -> throw new ClassCastException("no cat");
      case 3 -> List.of(1, 2).add(3);
      case 4 -> Map.of("a", 1).put("b", 2);
      case 5 -> Set.of("x").remove("x");
      case 6 -> Collections.emptyList().add("y");
      case 7 -> {
        Iterator<Integer> it = new ArrayList<>(List.of(1)).iterator();
        it.remove();
      }
      case 8 -> {
        Object o = "text";
        Box r = (Box) o;
        System.out.println("not reached " + (r == null));
      }
      default -> throw new IllegalArgumentException("argument " + which);
    }
  }

  static String exact(int which) {
    try {
      fail(which);
      return "nothing";
    } catch (IllegalStateException e) {
      return "IllegalStateException";
    } catch (UnsupportedOperationException e) {
      return "UnsupportedOperationException";
    } catch (ClassCastException e) {
      return "ClassCastException";
    } catch (IllegalArgumentException e) {
      return "IllegalArgumentException";
    }
  }

  static String unrelated(int which) {
    try {
      try {
        fail(which);
        return "nothing";
      } catch (NumberFormatException e) {
        return "wrongly NumberFormatException";
      } catch (ArithmeticException | IndexOutOfBoundsException | NullPointerException e) {
        return "wrongly " + e;
      }
    } catch (RuntimeException e) {
      // a failed cast's message is not Java's on the board (docs/semantics.md)
      return "RuntimeException " + (which == 8 ? "a ClassCastException" : e.toString());
    }
  }

  public static void main(String[] args) {
    for (int i = 0; i <= 9; i++) {
      System.out.println(i + ": " + exact(i));
    }
    for (int i = 0; i <= 9; i++) {
      System.out.println(i + ": " + unrelated(i));
    }
    try {
      String n = null;
      String s = n.trim();
      System.out.println(s);
    } catch (ClassCastException e) {
      System.out.println("wrongly ClassCastException");
    } catch (NullPointerException e) {
      System.out.println("NullPointerException");
    }
  }
}
