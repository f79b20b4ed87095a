package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** equals(Money) is an overload, not Object.equals: List.contains and indexOf use identity, as in Java. */
@MicroPython
public class EqualsOverload {
  static class Money {
    final int cents;
    Money(int c) { cents = c; }
    public boolean equals(Money o) { return o != null && o.cents == cents; }
    public String toString(String cur) { return cur + cents; }
    @Override public String toString() { return "M" + cents; }
  }

  public static void main(String[] args) {
    Money a = new Money(5), b = new Money(5);
    List<Money> l = new ArrayList<>();
    l.add(a);
    System.out.println(a.equals(b) + " " + l.contains(b) + " " + l.indexOf(b) + " " + a.toString("$") + " " + a);
  }
}
