package exceptions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** An exception thrown deep in recursion unwinds every frame, running each finally on the way. */
@MicroPython
public class StackUnwinding {
  static List<String> trail = new ArrayList<>();

  static int descend(int depth, int failAt) {
    try {
      trail.add("enter " + depth);
      if (depth == failAt) {
        throw new IllegalStateException("failed at depth " + depth);
      }
      if (depth == 5) {
        return 0;
      }
      return 1 + descend(depth + 1, failAt);
    } finally {
      trail.add("leave " + depth);
    }
  }

  static int guarded(int failAt) {
    try {
      return descend(0, failAt);
    } catch (IllegalStateException e) {
      trail.add("caught: " + e.getMessage());
      return -1;
    }
  }

  public static void main(String[] args) {
    System.out.println("no failure: " + guarded(99));
    System.out.println("trail: " + trail);
    trail.clear();
    System.out.println("fail at 2: " + guarded(2));
    System.out.println("trail: " + trail);
    trail.clear();
    try {
      descend(0, 0);
    } catch (RuntimeException e) {
      System.out.println("main caught: " + e.getMessage() + " trail " + trail);
    }
  }
}
