package exceptions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** finally runs after normal completion, after a caught exception, on return and on propagation. */
@MicroPython
public class FinallyOrder {
  static List<String> log = new ArrayList<>();

  static int withReturn(int v) {
    try {
      log.add("try " + v);
      if (v > 0) {
        return v * 2;
      }
      log.add("no early return");
    } finally {
      log.add("finally " + v);
    }
    return -1;
  }

  static void propagate() {
    try {
      log.add("propagate try");
      throw new IllegalStateException("from propagate");
    } finally {
      log.add("propagate finally");
    }
  }

  static void nested() {
    try {
      try {
        log.add("inner try");
        throw new IllegalArgumentException("inner");
      } finally {
        log.add("inner finally");
      }
    } catch (IllegalArgumentException e) {
      log.add("outer catch " + e.getMessage());
    } finally {
      log.add("outer finally");
    }
  }

  public static void main(String[] args) {
    System.out.println("withReturn(3) = " + withReturn(3));
    System.out.println("withReturn(0) = " + withReturn(0));
    try {
      propagate();
    } catch (IllegalStateException e) {
      log.add("main caught " + e.getMessage());
    }
    nested();
    for (int i = 0; i < 3; i++) {
      try {
        if (i == 1) {
          continue;
        }
        log.add("loop body " + i);
      } finally {
        log.add("loop finally " + i);
      }
    }
    for (String line : log) {
      System.out.println(line);
    }
  }
}
