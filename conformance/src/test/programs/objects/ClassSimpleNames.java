package objects;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/**
 * getClass().getSimpleName() of objects of your classes: a sealed interface's nested records, a
 * record nested two deep, enums with and without constant bodies, an open hierarchy with local
 * and anonymous subclasses, two local classes of one name, a class named print; getName() of a
 * record and an enum; and of final JDK classes (String, Integer, Long, Character).
 */
@MicroPython
public class ClassSimpleNames {
  sealed interface Screen permits Home, Menu, Edit {}

  record Home() implements Screen {}

  record Menu(int index) implements Screen {}

  record Edit(String field) implements Screen {}

  static class Shapes {
    record Point(int x, int y) {}
  }

  enum Mode { OFF, AUTO }

  enum Op {
    PLUS {
      @Override
      int apply(int a, int b) {
        return a + b;
      }
    },
    NOOP;

    int apply(int a, int b) {
      return a;
    }
  }

  abstract static class Animal {
    abstract String sound();

    String describe() {
      return getClass().getSimpleName() + " says " + sound();
    }
  }

  static class Dog extends Animal {
    @Override
    String sound() {
      return "woof";
    }
  }

  static class print extends Animal {
    @Override
    String sound() {
      return "ink";
    }
  }

  static class Puppy extends print {
    @Override
    String sound() {
      return "yip";
    }
  }

  static String screenName(Screen screen) {
    return screen.getClass().getSimpleName();
  }

  static String name(Animal animal) {
    return animal.getClass().getSimpleName();
  }

  static String first() {
    class Counter extends Animal {
      @Override
      String sound() {
        return "one";
      }
    }
    return name(new Counter());
  }

  static String second() {
    class Counter extends Animal {
      @Override
      String sound() {
        return "two";
      }
    }
    class BigCounter extends Counter {
    }
    return name(new Counter()) + " " + name(new BigCounter()) + " " + new BigCounter().describe();
  }

  public static void main(String[] args) {
    List<Screen> screens = List.of(new Home(), new Menu(2), new Edit("name"));
    for (Screen screen : screens) {
      System.out.println("screen " + screenName(screen));
    }
    Shapes.Point point = new Shapes.Point(1, 2);
    System.out.println("point " + point.getClass().getSimpleName() + " "
        + point.getClass().getName());
    Mode mode = Mode.AUTO;
    System.out.println("mode " + mode.getClass().getSimpleName() + " " + mode.getClass().getName());
    for (Op op : Op.values()) {
      System.out.println("op " + op + " [" + op.getClass().getSimpleName() + "] "
          + op.apply(3, 4));
    }
    Animal anonymous = new Animal() {
      @Override
      String sound() {
        return "hiss";
      }

      @Override
      String describe() {
        return "[" + getClass().getSimpleName() + "] " + super.describe();
      }
    };
    List<Animal> animals = List.of(new Dog(), new print(), new Puppy(), anonymous);
    for (Animal animal : animals) {
      System.out.println("animal [" + name(animal) + "] " + animal.describe());
    }
    System.out.println("locals " + first() + " " + second());
    String text = "abc";
    Integer boxed = 7;
    Long big = 7L;
    Character letter = 'x';
    StringBuilder builder = new StringBuilder();
    System.out.println("jdk " + text.getClass().getSimpleName() + " "
        + boxed.getClass().getSimpleName() + " " + big.getClass().getSimpleName() + " "
        + letter.getClass().getName() + " " + builder.getClass().getSimpleName());
    String missing = text.length() > 5 ? text : null;
    Animal none = animals.size() > 9 ? animals.get(0) : null;
    try {
      System.out.println(missing.getClass().getSimpleName());
    } catch (NullPointerException e) {
      System.out.println("null String: NullPointerException");
    }
    try {
      System.out.println(none.getClass().getSimpleName());
    } catch (NullPointerException e) {
      System.out.println("null Animal: NullPointerException");
    }
  }
}
