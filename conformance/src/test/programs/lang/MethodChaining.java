package lang;

import dev.jmpy.annotations.MicroPython;

/** Methods that return this, and calls on the results of calls. */
@MicroPython
public class MethodChaining {
  int total;
  String trail;

  MethodChaining() {
    total = 0;
    trail = "";
  }

  MethodChaining add(int x) {
    total += x;
    trail += "+" + x;
    return this;
  }

  MethodChaining times(int x) {
    total *= x;
    trail += "*" + x;
    return this;
  }

  MethodChaining copy() {
    MethodChaining c = new MethodChaining();
    c.total = total;
    c.trail = trail + "(copy)";
    return c;
  }

  public String toString() {
    return trail + " = " + total;
  }

  public static void main(String[] args) {
    MethodChaining m = new MethodChaining().add(3).times(4).add(-5);
    System.out.println(m);
    MethodChaining c = m.copy().times(-2);
    System.out.println(c);
    System.out.println(m);
    System.out.println("total via chain: " + new MethodChaining().add(1).add(2).total);
    System.out.println("length of trail: " + m.copy().trail.length());
  }
}
