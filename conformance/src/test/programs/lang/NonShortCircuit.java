package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** &, |, ^ on booleans evaluate both sides, in order, and give booleans (printed, stored, compared). */
@MicroPython
public class NonShortCircuit {
  static int calls;
  static StringBuilder trace = new StringBuilder();

  static boolean t(String name) {
    calls++;
    trace.append(name);
    return true;
  }

  static boolean f(String name) {
    calls++;
    trace.append(name);
    return false;
  }

  public static void main(String[] args) {
    boolean a = f("a") & t("b");
    boolean b = t("c") | f("d");
    boolean c = t("e") ^ t("f");
    System.out.println(a + " " + b + " " + c + " calls=" + calls + " trace=" + trace);
    List<Boolean> stored = new ArrayList<>();
    stored.add(t("g") & t("h"));
    stored.add(f("i") | f("j"));
    stored.add(t("k") ^ f("l"));
    stored.add(t("m") && t("n") & t("o"));
    System.out.println(stored + " trace=" + trace);
    int x = 3;
    int y = -2;
    if (x > 0 & y > 0) {
      System.out.println("both positive");
    } else if (x > 0 | y > 0) {
      System.out.println("one positive");
    }
    System.out.println("xor of comparisons: " + (x > 0 ^ y > 0) + " " + (x > 0 ^ y < 0));
    String kind = (x > 0 & y < 0) ? "mixed" : "same";
    System.out.println(kind);
    boolean ok = true;
    ok &= t("p");
    ok &= f("q");
    ok &= t("r");
    boolean any = false;
    any |= f("s");
    any |= t("u");
    boolean flip = true;
    flip ^= true;
    flip ^= true;
    flip ^= false;
    System.out.println(ok + " " + any + " " + flip + " trace=" + trace);
    int i = 0;
    int evaluated = 0;
    while (i < 5 & (evaluated++ >= 0)) {
      i++;
    }
    System.out.println("loop " + i + " " + evaluated);
    Boolean boxed = x > 0;
    boolean mixed = boxed & !ok;
    System.out.println("boxed " + mixed + " " + (boxed ^ ok) + " " + (boxed | ok));
    boolean same = (a & b) == (c | a);
    System.out.println("equal " + same + " " + !(a | c) + " " + (!a & !c));
    boolean chain = t("v") & t("w") | f("x") ^ t("y");
    System.out.println("chain " + chain + " trace=" + trace + " calls=" + calls);
  }
}
