package classes;

import dev.jmpy.annotations.MicroPython;

/** Enum with constructor fields, instance methods, static lookups and a static field. */
@MicroPython
public class EnumFields {
  enum Coin {
    PENNY(1, "copper"),
    NICKEL(5, "nickel"),
    DIME(10, "silver"),
    QUARTER(25, "silver");

    private final int cents;
    private final String metal;

    Coin(int cents, String metal) {
      this.cents = cents;
      this.metal = metal;
    }

    int cents() {
      return cents;
    }

    String metal() {
      return metal;
    }

    boolean worthMoreThan(Coin other) {
      return cents > other.cents;
    }
  }

  static Coin largestBelow(int amount) {
    Coin best = null;
    for (Coin c : Coin.values()) {
      if (c.cents() <= amount) {
        best = c;
      }
    }
    return best;
  }

  public static void main(String[] args) {
    for (Coin c : Coin.values()) {
      System.out.println(c.name() + " = " + c.cents() + " (" + c.metal() + ")");
    }
    System.out.println("DIME > NICKEL: " + Coin.DIME.worthMoreThan(Coin.NICKEL));
    System.out.println("PENNY > QUARTER: " + Coin.PENNY.worthMoreThan(Coin.QUARTER));
    int amount = 68;
    StringBuilder change = new StringBuilder();
    while (amount > 0) {
      Coin c = largestBelow(amount);
      change.append(c.name().charAt(0));
      amount -= c.cents();
    }
    System.out.println("change for 68: " + change);
    int silver = 0;
    for (Coin c : Coin.values()) {
      if (c.metal().equals("silver")) {
        silver += c.cents();
      }
    }
    System.out.println("silver total: " + silver);
    System.out.println("by name: " + Coin.valueOf("QUARTER").cents());
  }
}
