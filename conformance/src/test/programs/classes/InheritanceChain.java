package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Three-level inheritance: super(...) first, then field initializers, then the constructor body. */
@MicroPython
public class InheritanceChain {
  static List<String> log = new ArrayList<>();

  static class Base {
    protected String name;
    protected int level = 1;

    Base(String name) {
      log.add("Base(" + name + ") level=" + level);
      this.name = name;
    }

    String describe() {
      return "Base " + name + " level " + level;
    }
  }

  static class Middle extends Base {
    protected int extra = 10;

    Middle(String name, int bump) {
      super(name.toUpperCase());
      log.add("Middle extra=" + extra + " level=" + level);
      level += bump;
    }

    @Override
    String describe() {
      return "Middle[" + super.describe() + "] extra " + extra;
    }
  }

  static class Leaf extends Middle {
    private String tag = "leaf";

    Leaf(String name) {
      super(name, 5);
      log.add("Leaf tag=" + tag + " name=" + this.name);
      extra *= 2;
    }

    @Override
    String describe() {
      return "Leaf<" + super.describe() + "> " + tag;
    }
  }

  public static void main(String[] args) {
    Leaf leaf = new Leaf("oak");
    for (String line : log) {
      System.out.println("log: " + line);
    }
    System.out.println(leaf.describe());
    Base b = leaf;
    System.out.println("via Base: " + b.describe());
    System.out.println("fields: " + b.name + " " + b.level);
    Base plain = new Base("plain");
    System.out.println(plain.describe());
    Middle m = new Middle("mid", 2);
    System.out.println(m.describe());
    System.out.println("log size: " + log.size());
  }
}
