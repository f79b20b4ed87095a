package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/**
 * Inner class instances of two outer objects each keep their own: changes made through one
 * outer are seen by its inner objects only; an inner object of one outer is created through
 * another's method; a subclass of the outer class creates inner objects of the base's inner
 * class, whose implicit outer is the subclass instance.
 */
@MicroPython
public class InnerClassesOfTwoOuters {
  private final String label;
  int ticks;

  InnerClassesOfTwoOuters(String label) {
    this.label = label;
  }

  class Watcher {
    final int id;

    Watcher(int id) {
      this.id = id;
    }

    String report() {
      return label + "#" + id + " sees " + ticks + " ticks, " + kind();
    }

    void tick() {
      ticks++;
    }
  }

  String kind() {
    return "plain";
  }

  Watcher watch(int id) {
    return new Watcher(id);
  }

  static class Loud extends InnerClassesOfTwoOuters {
    Loud(String label) {
      super(label);
    }

    @Override
    String kind() {
      return "LOUD";
    }

    Watcher loudWatcher() {
      return new Watcher(99);
    }
  }

  public static void main(String[] args) {
    InnerClassesOfTwoOuters red = new InnerClassesOfTwoOuters("red");
    InnerClassesOfTwoOuters blue = new InnerClassesOfTwoOuters("blue");
    List<Watcher> watchers = new ArrayList<>();
    watchers.add(red.watch(1));
    watchers.add(blue.watch(2));
    watchers.add(red.new Watcher(3));
    watchers.get(0).tick();
    watchers.get(0).tick();
    watchers.get(1).tick();
    for (Watcher w : watchers) {
      System.out.println(w.report());
    }
    Loud loud = new Loud("loud");
    Watcher lw = loud.loudWatcher();
    lw.tick();
    System.out.println(lw.report());
    System.out.println(loud.watch(5).report());
    System.out.println(red.ticks + " " + blue.ticks + " " + loud.ticks);
  }
}
