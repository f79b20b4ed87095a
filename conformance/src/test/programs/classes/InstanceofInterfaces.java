package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/**
 * instanceof and case patterns for your own interfaces: direct, inherited through a superclass,
 * through a superinterface, on records and anonymous classes, and null.
 */
@MicroPython
public class InstanceofInterfaces {
  interface Named {
    String name();

    String kind();
  }

  interface Priced extends Named {
    int price();

    String currency();
  }

  interface Fragile {
    boolean fragile();

    int limit();
  }

  static class Item implements Priced {
    final String label;

    Item(String label) {
      this.label = label;
    }

    public String name() {
      return label;
    }

    public String kind() {
      return "item";
    }

    public int price() {
      return 3;
    }

    public String currency() {
      return "EUR";
    }
  }

  static class Glass extends Item implements Fragile {
    Glass() {
      super("glass");
    }

    public boolean fragile() {
      return true;
    }

    public int limit() {
      return 2;
    }
  }

  record Person(String name, String kind) implements Named {}

  static String describe(Object o) {
    String s = (o instanceof Named n ? n.name() : "?") + ":";
    if (o instanceof Priced) {
      s += " priced";
    }
    if (o instanceof Fragile f && f.fragile()) {
      s += " fragile(" + f.limit() + ")";
    }
    if (o instanceof Item) {
      s += " item";
    }
    return s;
  }

  static String sort(Object o) {
    return switch (o) {
      case null -> "null";
      case Fragile f -> "handle with care";
      case Priced p -> "costs " + p.price() + " " + p.currency();
      case Named n -> "just named " + n.name();
      default -> "unknown";
    };
  }

  public static void main(String[] args) {
    Named ghost = new Named() {
      public String name() {
        return "ghost";
      }

      public String kind() {
        return "anonymous";
      }
    };
    List<Object> things = List.of(new Item("cup"), new Glass(), new Person("ada", "person"), ghost, "text");
    for (Object o : things) {
      System.out.println(describe(o) + " / " + sort(o));
    }
    Object nothing = null;
    System.out.println((nothing instanceof Named) + " " + sort(nothing));
  }
}
