package lang;

import dev.jmpy.annotations.MicroPython;

/** && and || evaluate the right operand only when needed. */
@MicroPython
public class ShortCircuit {
  static int calls = 0;

  static boolean yes(String tag) {
    calls++;
    System.out.println("  yes " + tag);
    return true;
  }

  static boolean no(String tag) {
    calls++;
    System.out.println("  no " + tag);
    return false;
  }

  public static void main(String[] args) {
    System.out.println("no && yes:");
    System.out.println(no("a") && yes("b"));
    System.out.println("yes || no:");
    System.out.println(yes("c") || no("d"));
    System.out.println("yes && no || yes:");
    System.out.println(yes("e") && no("f") || yes("g"));
    System.out.println("no || yes && no:");
    System.out.println(no("h") || yes("i") && no("j"));
    System.out.println("!no && !yes:");
    System.out.println(!no("k") && !yes("l"));
    int x = 0;
    boolean safe = x != 0 && 10 / x > 1;
    System.out.println("guarded division: " + safe);
    System.out.println("calls = " + calls);
  }
}
