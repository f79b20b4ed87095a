package vending;

import dev.jmpy.annotations.MicroPython;

/** A one-product vending machine driven by commands; each command returns what the display shows. */
@MicroPython
public class VendingMachine {
  private final int price;
  private State state = State.SOLD_OUT;
  private int credit;
  private int stock;
  private int sold;

  public VendingMachine(int price) {
    this.price = price;
  }

  public State state() {
    return state;
  }

  public int credit() {
    return credit;
  }

  public int sold() {
    return sold;
  }

  public String handle(Command command) {
    switch (command.verb()) {
      case RESTOCK:
        stock += command.amount();
        if (state == State.SOLD_OUT && stock > 0) {
          state = credit > 0 ? State.HAS_CREDIT : State.IDLE;
        }
        return "stock " + stock;
      case INSERT:
        if (state == State.SOLD_OUT) {
          return "sold out, returned " + command.amount();
        }
        credit += command.amount();
        state = State.HAS_CREDIT;
        return "credit " + credit;
      case SELECT:
        return select();
      case REFUND:
        int returned = credit;
        credit = 0;
        if (state == State.HAS_CREDIT) {
          state = State.IDLE;
        }
        return "refund " + returned;
      default:
        return "unknown command";
    }
  }

  private String select() {
    return switch (state) {
      case IDLE -> "insert " + price;
      case SOLD_OUT -> "sold out";
      case HAS_CREDIT -> {
        if (credit < price) {
          yield "need " + (price - credit) + " more";
        }
        credit -= price;
        stock--;
        sold++;
        state = stock == 0 ? State.SOLD_OUT : credit > 0 ? State.HAS_CREDIT : State.IDLE;
        yield "vend, change " + credit;
      }
    };
  }
}
