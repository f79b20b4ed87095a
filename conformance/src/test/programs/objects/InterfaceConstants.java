package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** An interface with constants and static methods, implemented by records and classes, its constants used by an enum. */
@MicroPython
public class InterfaceConstants {
  record Item(String name, int priceCents) implements Priced {}

  record Bundle(List<Item> items, int discountPercent) implements Priced {
    public int priceCents() {
      int sum = 0;
      for (Item i : items) {
        sum += i.priceCents();
      }
      return sum - sum * discountPercent / 100;
    }
  }

  static class Service implements Priced {
    private final int hours;

    Service(int hours) {
      this.hours = hours;
    }

    @Override
    public int priceCents() {
      return hours * 45 * Priced.CENTS;
    }
  }

  enum Size {
    SMALL(1), LARGE(3);

    private final int factor;

    Size(int factor) {
      this.factor = factor;
    }

    int cents() {
      return factor * Priced.CENTS + Priced.TAX_PERCENT;
    }
  }

  public static void main(String[] args) {
    Item pen = new Item("pen", 150);
    Item book = new Item("book", 1299);
    List<Priced> all = List.of(pen, book, new Bundle(List.of(pen, book), 10), new Service(2));
    for (Priced p : all) {
      System.out.println(Priced.format(p.priceCents()) + " -> with tax " + Priced.format(Priced.withTax(p)));
    }
    System.out.println("constants: " + Priced.CENTS + " " + Priced.TAX_PERCENT + " " + Priced.CURRENCY);
    for (Size s : Size.values()) {
      System.out.println(s + " costs " + Priced.format(s.cents()));
    }
    System.out.println(pen + " is an Item: " + (all.get(0) instanceof Item));
  }
}

@MicroPython
interface Priced {
  int CENTS = 100;
  int TAX_PERCENT = 20;
  String CURRENCY = "EUR";

  int priceCents();

  static String format(int cents) {
    return cents / CENTS + "." + (cents % CENTS < 10 ? "0" : "") + cents % CENTS + " " + CURRENCY;
  }

  static int withTax(Priced p) {
    return p.priceCents() + p.priceCents() * TAX_PERCENT / 100;
  }
}
