package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/**
 * Inner (non-static) member classes: created inside the outer class's instance methods and with
 * outer.new Inner(), reading and writing the outer instance's fields implicitly and through
 * Outer.this, calling its methods, an inner class extending another, and an inner class of an
 * inner class reaching both enclosing instances.
 */
@MicroPython
public class InnerClassOuterAccess {
  private final String name;
  private int opened;
  private final List<String> log = new ArrayList<>();

  InnerClassOuterAccess(String name) {
    this.name = name;
  }

  void note(String what) {
    log.add(name + ":" + what);
  }

  class Account {
    final String owner;
    int balance;

    Account(String owner, int balance) {
      this.owner = owner;
      this.balance = balance;
      opened++;
      note("open " + owner);
    }

    void deposit(int amount) {
      balance += amount;
      note("deposit " + amount);
    }

    String bank() {
      return InnerClassOuterAccess.this.name;
    }

    @Override
    public String toString() {
      return owner + "@" + name + "=" + balance;
    }

    class Card {
      final int number;

      Card(int number) {
        this.number = number;
      }

      String describe() {
        return "card " + number + " of " + owner + " at " + InnerClassOuterAccess.this.name
            + " (" + Account.this.balance + ")";
      }
    }

    Card issue(int number) {
      return new Card(number);
    }
  }

  class Savings extends Account {
    final int rate;

    Savings(String owner, int rate) {
      super(owner, 100);
      this.rate = rate;
    }

    void addInterest() {
      deposit(balance * rate / 100);
    }

    @Override
    public String toString() {
      return "savings " + super.toString() + " at " + rate + "%";
    }
  }

  Account open(String owner) {
    return new Account(owner, 0);
  }

  public static void main(String[] args) {
    InnerClassOuterAccess bank = new InnerClassOuterAccess("north");
    Account a = bank.open("ann");
    a.deposit(30);
    Account b = bank.new Account("bob", 5);
    Savings s = bank.new Savings("cy", 10);
    s.addInterest();
    System.out.println(a + " " + b + " " + s);
    System.out.println("bank of a: " + a.bank() + ", opened " + bank.opened);
    InnerClassOuterAccess.Account.Card card = a.issue(7);
    System.out.println(card.describe());
    Account.Card other = b.new Card(8);
    b.deposit(1);
    System.out.println(other.describe());
    for (String line : bank.log) {
      System.out.println(line);
    }
  }
}
