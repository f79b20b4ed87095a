package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A class with its own equals/hashCode/toString as a LinkedHashMap key and in list contains/indexOf; identity vs equality. */
@MicroPython
public class CustomEquality {
  static class Money {
    private final String currency;
    private final long cents;

    Money(String currency, long cents) {
      this.currency = currency;
      this.cents = cents;
    }

    Money plus(Money o) {
      return new Money(currency, cents + o.cents);
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Money)) {
        return false;
      }
      Money m = (Money) o;
      return cents == m.cents && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
      return currency.hashCode() * 31 + (int) (cents ^ (cents >> 32));
    }

    @Override
    public String toString() {
      return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100 + " " + currency;
    }
  }

  public static void main(String[] args) {
    Money a = new Money("EUR", 1050);
    Money b = new Money("EUR", 1050);
    Money c = new Money("USD", 1050);
    System.out.println(a + " equals " + b + ": " + a.equals(b) + ", same: " + (a == b) + ", hash equal: " + (a.hashCode() == b.hashCode()));
    System.out.println(a + " equals " + c + ": " + a.equals(c) + ", equals a String: " + a.equals("10.50 EUR"));
    System.out.println("hashCode of 10.50 EUR: " + a.hashCode() + ", of 10.50 USD: " + c.hashCode());
    Map<Money, String> owners = new LinkedHashMap<>();
    owners.put(a, "ann");
    owners.put(c, "cid");
    owners.put(b, "bob");
    System.out.println("owners size " + owners.size() + ": " + owners);
    System.out.println("lookup 10.50 EUR: " + owners.get(new Money("EUR", 1050)) + ", 5.00 EUR: " + owners.get(new Money("EUR", 500)));
    System.out.println("sum key: " + owners.get(new Money("EUR", 1000).plus(new Money("EUR", 50))));
    List<Money> wallet = new ArrayList<>();
    wallet.add(new Money("EUR", 5));
    wallet.add(a);
    wallet.add(new Money("USD", 1050));
    System.out.println("wallet " + wallet + ", contains b " + wallet.contains(b) + ", indexOf c " + wallet.indexOf(c) + ", indexOf 0.05 EUR " + wallet.indexOf(new Money("EUR", 5)));
    System.out.println("indexOf 0.06 EUR " + wallet.indexOf(new Money("EUR", 6)));
    Money big = new Money("JPY", 1L << 40);
    System.out.println(big + " hash " + big.hashCode());
  }
}
