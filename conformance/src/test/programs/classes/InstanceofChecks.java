package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** instanceof against class hierarchies, records and JDK types, and instanceof patterns. */
@MicroPython
public class InstanceofChecks {
  static class Animal {
    String sound() {
      return "...";
    }
  }

  static class Dog extends Animal {
    @Override
    String sound() {
      return "woof";
    }

    String fetch() {
      return "fetching";
    }
  }

  static class Puppy extends Dog {}

  static class Cat extends Animal {
    @Override
    String sound() {
      return "meow";
    }
  }

  record Tag(String text) {}

  static String describe(Object o) {
    if (o instanceof Puppy) {
      return "puppy";
    } else if (o instanceof Dog d) {
      return "dog that is " + d.fetch();
    } else if (o instanceof Animal a) {
      return "animal saying " + a.sound();
    } else if (o instanceof Tag t) {
      return "tag " + t.text();
    } else if (o instanceof String s) {
      return "string of length " + s.length();
    }
    return "unknown";
  }

  public static void main(String[] args) {
    List<Object> things = new ArrayList<>();
    things.add(new Dog());
    things.add(new Puppy());
    things.add(new Cat());
    things.add(new Animal());
    things.add(new Tag("t1"));
    things.add("hello");
    for (Object o : things) {
      System.out.println(describe(o));
    }
    Animal p = new Puppy();
    System.out.println("puppy instanceof Dog: " + (p instanceof Dog));
    System.out.println("puppy instanceof Cat: " + (p instanceof Cat));
    System.out.println("puppy sound: " + p.sound());
    Object nothing = null;
    System.out.println("null instanceof Animal: " + (nothing instanceof Animal));
    Animal a = new Cat();
    if (!(a instanceof Dog)) {
      System.out.println("cat is not a dog");
    }
    Dog d = (Dog) p;
    System.out.println("cast: " + d.fetch());
  }
}
