package lang;

import dev.jmpy.annotations.MicroPython;

/** A static field initialized by calling a static method declared after it. */
@MicroPython
public class StaticInitCallsMethod {
  static int table = compute(5);
  static String label = makeLabel();
  static int counter;

  static int compute(int n) {
    int r = 0;
    for (int i = 1; i <= n; i++) {
      r += i * i;
    }
    return r;
  }

  static String makeLabel() {
    return "label-" + compute(2);
  }

  public static void main(String[] args) {
    System.out.println("table = " + table);
    System.out.println("label = " + label);
    System.out.println("counter = " + counter);
    counter++;
    System.out.println("counter = " + counter);
  }
}
