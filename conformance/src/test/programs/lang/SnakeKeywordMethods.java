package lang;

import dev.jmpy.annotations.MicroPython;

/** Capitalized Java names whose snake_case form is a Python keyword or a reserved name. */
@MicroPython
public class SnakeKeywordMethods {
  int Self;

  SnakeKeywordMethods(int Self) {
    this.Self = Self;
  }

  static String If(boolean c) {
    return c ? "yes" : "no";
  }

  static boolean Is(int a, int b) {
    return a == b;
  }

  static boolean Not(boolean b) {
    return !b;
  }

  static String Print(String s) {
    return "[" + s + "]";
  }

  static int Len(String s) {
    return s.length() + 1000;
  }

  int Twice() {
    int Self = this.Self * 2;
    return Self;
  }

  public static void main(String[] args) {
    System.out.println("If = " + If(true) + " " + If(false));
    System.out.println("Is = " + Is(1, 1) + " " + Is(1, 2));
    System.out.println("Not = " + Not(true));
    System.out.println("Print = " + Print("x"));
    System.out.println("Len = " + Len("abc"));
    SnakeKeywordMethods s = new SnakeKeywordMethods(21);
    System.out.println("Self = " + s.Self + ", Twice = " + s.Twice());
    int None = 5;
    int Lambda = 6;
    System.out.println("None + Lambda = " + (None + Lambda));
  }
}
