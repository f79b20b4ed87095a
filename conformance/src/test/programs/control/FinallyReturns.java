package ctl;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** return inside try with finally: the value is computed before finally runs; finally's own return wins. */
@MicroPython
public class FinallyReturns {
  static List<String> log = new ArrayList<>();

  static int valueBeforeFinally() {
    int x = 1;
    try {
      return x;
    } finally {
      x = 99;
      log.add("finally saw x=" + x);
    }
  }

  @SuppressWarnings("finally")
  static int finallyOverrides() {
    try {
      return 1;
    } finally {
      return 2;
    }
  }

  static int searchWithCleanup(int[] xs, int target) {
    for (int i = 0; i < xs.length; i++) {
      try {
        if (xs[i] == target) {
          return i;
        }
      } finally {
        log.add("checked " + i);
      }
    }
    return -1;
  }

  @SuppressWarnings("finally")
  static String swallow() {
    try {
      throw new IllegalArgumentException("lost");
    } finally {
      return "swallowed";
    }
  }

  static String nested(int mode) {
    try {
      try {
        if (mode == 0) {
          return "inner return";
        }
        throw new RuntimeException("boom" + mode);
      } finally {
        log.add("inner finally " + mode);
      }
    } catch (RuntimeException e) {
      return "caught " + e.getMessage();
    } finally {
      log.add("outer finally " + mode);
    }
  }

  public static void main(String[] args) {
    System.out.println("valueBeforeFinally = " + valueBeforeFinally());
    System.out.println("finallyOverrides = " + finallyOverrides());
    System.out.println("search = " + searchWithCleanup(new int[] {4, 5, 6}, 5));
    System.out.println("search missing = " + searchWithCleanup(new int[] {4}, 5));
    System.out.println("swallow = " + swallow());
    System.out.println("nested(0) = " + nested(0));
    System.out.println("nested(1) = " + nested(1));
    for (String line : log) {
      System.out.println("  " + line);
    }
  }
}
