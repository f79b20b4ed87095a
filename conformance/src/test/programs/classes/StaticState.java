package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** Static fields assigned from static and instance methods, static counters and id generators. */
@MicroPython
public class StaticState {
  static int nextId = 100;
  static int created;
  static String last = "none";
  static final List<String> REGISTRY = new ArrayList<>();

  static class Item {
    final int id;
    final String name;

    Item(String name) {
      this.id = allocate();
      this.name = name;
      created++;
      last = name;
      REGISTRY.add(name + "#" + id);
    }
  }

  static int allocate() {
    int id = nextId;
    nextId += 10;
    return id;
  }

  static void reset() {
    nextId = 1;
    created = 0;
  }

  public static void main(String[] args) {
    System.out.println("start: next=" + nextId + " created=" + created + " last=" + last);
    Item a = new Item("apple");
    Item b = new Item("bread");
    System.out.println(a.name + " " + a.id + ", " + b.name + " " + b.id);
    System.out.println("after: next=" + nextId + " created=" + created + " last=" + last);
    reset();
    Item c = new Item("cheese");
    System.out.println(c.name + " " + c.id + " created=" + created);
    System.out.println("registry: " + REGISTRY);
  }
}
