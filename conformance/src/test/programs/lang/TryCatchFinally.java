package lang;

import dev.jmpy.annotations.MicroPython;

/** Exceptions raised by the runtime (division by zero, bad number) and finally ordering. */
@MicroPython
public class TryCatchFinally {
  static int divide(int a, int b) {
    try {
      return a / b;
    } catch (Exception e) {
      return -1;
    }
  }

  static String steps(int b) {
    String s = "";
    try {
      s += "try ";
      int q = 10 / b;
      s += "ok" + q + " ";
    } catch (RuntimeException e) {
      s += "caught ";
    } finally {
      s += "finally";
    }
    return s;
  }

  public static void main(String[] args) {
    System.out.println(steps(2));
    System.out.println(steps(0));
    try {
      int x = Integer.parseInt("nope");
      System.out.println("unreached " + x);
    } catch (Exception e) {
      System.out.println("parse failed");
    }
    try {
      long big = 5L;
      long zero = 0L;
      System.out.println("unreached " + big % zero);
    } catch (Exception e) {
      System.out.println("long remainder by zero caught");
    } finally {
      System.out.println("finally after catch");
    }
    try {
      System.out.println("no exception");
    } finally {
      System.out.println("finally without catch");
    }
  }
}
