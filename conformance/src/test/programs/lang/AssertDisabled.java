package lang;

import dev.jmpy.annotations.MicroPython;

/**
 * assert as Java runs it by default (without -ea, as on a board): neither the condition nor the
 * message is evaluated, and a false assertion does not throw. An assert alone in a block.
 */
@MicroPython
public class AssertDisabled {
  static int calls;

  static boolean touch() {
    calls++;
    return false;
  }

  static String message() {
    calls += 100;
    return "never built";
  }

  static int half(int n) {
    assert n % 2 == 0 : "odd " + n;
    return n / 2;
  }

  public static void main(String[] args) {
    assert touch();
    assert touch() : message();
    assert false;
    System.out.println("calls " + calls);
    System.out.println("half " + half(7) + " " + half(10));
    for (int i = 0; i < 3; i++) {
      if (i == 1) {
        assert i > 5 : "i is " + i;
      } else {
        System.out.println("i " + i);
      }
    }
    System.out.println("done");
  }
}
