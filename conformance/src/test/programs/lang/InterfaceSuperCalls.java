package lang;

import dev.jmpy.annotations.MicroPython;

/**
 * Qualified super calls to default methods (Iface.super.m()): choosing between two interfaces'
 * defaults, combining them, with arguments, a default that calls an abstract method, and one
 * inherited from a superinterface.
 */
@MicroPython
public class InterfaceSuperCalls {
  interface Walker {
    default String move() {
      return "walk";
    }

    default String moveFor(int steps) {
      return "walk " + steps;
    }
  }

  interface Swimmer {
    String name();

    default String move() {
      return name() + " swims";
    }
  }

  interface FastSwimmer extends Swimmer {
    default String sprint() {
      return "fast " + move();
    }
  }

  static class Duck implements Walker, FastSwimmer {
    public String name() {
      return "duck";
    }

    public String move() {
      return Walker.super.move() + " and " + FastSwimmer.super.move();
    }

    public String moveFor(int steps) {
      return "[" + Walker.super.moveFor(steps * 2) + "]";
    }

    String onlySwim() {
      return FastSwimmer.super.sprint();
    }
  }

  static class Frog implements Swimmer, Walker {
    public String name() {
      return "frog";
    }

    public String move() {
      return Swimmer.super.move();
    }
  }

  public static void main(String[] args) {
    Duck d = new Duck();
    System.out.println(d.move());
    System.out.println(d.moveFor(3));
    System.out.println(d.sprint() + " / " + d.onlySwim());
    Frog f = new Frog();
    System.out.println(f.move() + " / " + f.moveFor(1));
    Walker w = f;
    System.out.println(w.move());
  }
}
