package lang;

import dev.jmpy.annotations.MicroPython;

/** Operands and arguments are evaluated left to right, exactly once. */
@MicroPython
public class EvaluationOrder {
  static int counter = 0;
  static String trace = "";

  static int next(String tag) {
    counter++;
    trace += tag;
    return counter;
  }

  static int combine(int a, int b, int c) {
    return a * 100 + b * 10 + c;
  }

  static int bump() {
    counter += 10;
    return 1;
  }

  public static void main(String[] args) {
    System.out.println("combine = " + combine(next("a"), next("b"), next("c")));
    System.out.println("trace = " + trace);
    int x = next("d") - next("e") * next("f");
    System.out.println("x = " + x + ", trace = " + trace);
    String s = next("g") + "-" + next("h");
    System.out.println("s = " + s);
    counter = 5;
    counter += bump();
    System.out.println("counter += bump() -> " + counter);
    counter = 5;
    counter = counter + bump();
    System.out.println("counter = counter + bump() -> " + counter);
    counter = 5;
    counter = bump() + counter;
    System.out.println("counter = bump() + counter -> " + counter);
    boolean b = next("i") > 100 || next("j") > 0;
    System.out.println("b = " + b + ", trace = " + trace);
    int t = next("k") > 0 ? next("l") : next("m");
    System.out.println("t = " + t + ", trace = " + trace);
  }
}
