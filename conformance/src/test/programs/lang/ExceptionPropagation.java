package lang;

import dev.jmpy.annotations.MicroPython;

/** An exception unwinds through calls, running every finally on the way. */
@MicroPython
public class ExceptionPropagation {
  static int depth(int n, int d) {
    try {
      if (n == 0) {
        return 100 / d;
      }
      return depth(n - 1, d) + 1;
    } finally {
      System.out.println("unwind " + n);
    }
  }

  static String nested(int d) {
    String s = "";
    try {
      try {
        s += "inner ";
        s += 1 / d;
      } finally {
        s += "inner-finally ";
      }
      s += "after-inner ";
    } catch (Exception e) {
      s += "outer-catch ";
    }
    return s;
  }

  public static void main(String[] args) {
    System.out.println("depth ok = " + depth(2, 5));
    try {
      System.out.println("depth fail = " + depth(2, 0));
    } catch (RuntimeException e) {
      System.out.println("caught in main");
    }
    System.out.println(nested(1));
    System.out.println(nested(0));
    try {
      try {
        System.out.println(1 / 0);
      } catch (RuntimeException e) {
        System.out.println("first handler");
        System.out.println(2 % 0);
      }
    } catch (Exception e) {
      System.out.println("second handler");
    }
  }
}
