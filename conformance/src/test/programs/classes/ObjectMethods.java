package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** User toString/equals/hashCode: string conversion, equals calls, hash-based collections. */
@MicroPython
public class ObjectMethods {
  static class Money {
    final String currency;
    final int cents;

    Money(String currency, int cents) {
      this.currency = currency;
      this.cents = cents;
    }

    @Override
    public String toString() {
      return currency + " " + (cents / 100) + "." + (cents % 100 < 10 ? "0" : "") + (cents % 100);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Money)) {
        return false;
      }
      Money m = (Money) o;
      return cents == m.cents && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
      return 31 * cents + currency.length();
    }
  }

  public static void main(String[] args) {
    Money a = new Money("EUR", 1205);
    Money b = new Money("EUR", 1205);
    Money c = new Money("USD", 1205);
    System.out.println("a = " + a);
    System.out.println("toString(): " + c.toString());
    System.out.println(new Money("GBP", 7));
    System.out.println("a.equals(b): " + a.equals(b));
    System.out.println("a.equals(c): " + a.equals(c));
    System.out.println("a.equals(string): " + a.equals("EUR 12.05"));
    System.out.println("a == b: " + (a == b));
    System.out.println("hashCode: " + a.hashCode() + " " + b.hashCode());
    System.out.println("same hash: " + (a.hashCode() == b.hashCode()));
    Map<Money, String> owners = new HashMap<>();
    owners.put(a, "ann");
    owners.put(b, "bob");
    System.out.println("owners size " + owners.size() + ", owner of a: " + owners.get(a));
    Set<Money> set = new HashSet<>();
    set.add(a);
    set.add(b);
    set.add(c);
    System.out.println("set size " + set.size() + " contains EUR 12.05: " + set.contains(new Money("EUR", 1205)));
    List<Money> list = new ArrayList<>();
    list.add(a);
    list.add(c);
    System.out.println("list: " + list);
    System.out.println("indexOf USD: " + list.indexOf(new Money("USD", 1205)));
  }
}
