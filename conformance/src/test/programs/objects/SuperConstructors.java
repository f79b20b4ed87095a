package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Constructors across a three-level hierarchy: super(...) with several constructors, this(...) then super(...), order of bodies and initializers. */
@MicroPython
public class SuperConstructors {
  static List<String> log = new ArrayList<>();

  static class Base {
    protected String id;
    protected int level = 1;

    Base() {
      this("base-default");
      log.add("Base()");
    }

    Base(String id) {
      this.id = id;
      log.add("Base(id) level=" + level);
    }
  }

  static class Middle extends Base {
    protected int weight = 10;

    Middle() {
      super();
      log.add("Middle() weight=" + weight);
    }

    Middle(String id, int weight) {
      super(id.toUpperCase());
      log.add("Middle(id, w) before set weight=" + this.weight);
      this.weight = weight;
    }
  }

  static class Leaf extends Middle {
    private String tag = "leaf";

    Leaf() {
      this("auto");
      log.add("Leaf()");
    }

    Leaf(String tag) {
      super(tag + "-id", tag.length());
      log.add("Leaf(tag) tag field was " + this.tag);
      this.tag = tag;
    }

    Leaf(String tag, int extra, boolean useDefault) {
      super();
      this.tag = tag + extra + useDefault;
      level += extra;
    }

    String describe() {
      return id + "/" + level + "/" + weight + "/" + tag;
    }
  }

  static void report(String label, Leaf leaf) {
    System.out.println(label + ": " + leaf.describe());
    System.out.println("  " + String.join(" | ", log));
    log.clear();
  }

  public static void main(String[] args) {
    report("Leaf()", new Leaf());
    report("Leaf(x)", new Leaf("x"));
    report("Leaf(t, 4, true)", new Leaf("t", 4, true));
    Middle m = new Middle("mid", 99);
    System.out.println("Middle: " + m.id + "/" + m.level + "/" + m.weight);
    System.out.println("  " + String.join(" | ", log));
  }
}
