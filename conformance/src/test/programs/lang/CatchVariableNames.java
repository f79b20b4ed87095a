package lang;

import dev.jmpy.annotations.MicroPython;

/** A catch parameter named like a static field or a later local (Python unbinds it after except). */
@MicroPython
public class CatchVariableNames {
  static int e = 5;
  static String err = "static err";

  static int divide(int a, int b) {
    try {
      return a / b;
    } catch (Exception e) {
      return -1;
    }
  }

  public static void main(String[] args) {
    System.out.println("e before = " + e);
    System.out.println("divide(7, 0) = " + divide(7, 0));
    try {
      System.out.println(Integer.parseInt("x"));
    } catch (RuntimeException err) {
      System.out.println("caught, static err still = " + CatchVariableNames.err);
    }
    System.out.println("e after = " + e + ", err after = " + err);
    for (int i = 0; i < 2; i++) {
      try {
        System.out.println(10 / i);
      } catch (Exception ex) {
        System.out.println("caught at i = " + i);
      }
      int ex = i * 100;
      System.out.println("local ex = " + ex);
    }
  }
}
