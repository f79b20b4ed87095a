package objs;

import dev.jmpy.annotations.MicroPython;

/** super.method() and super.toString() across three levels, with overrides that extend the parent's result. */
@MicroPython
public class SuperCalls {
  static class Animal {
    protected final String name;

    Animal(String name) {
      this.name = name;
    }

    String sound() {
      return "...";
    }

    int legs() {
      return 4;
    }

    String intro() {
      return "I am " + name + ", I say " + sound();
    }

    @Override
    public String toString() {
      return "Animal(" + name + ")";
    }
  }

  static class Dog extends Animal {
    Dog(String name) {
      super(name);
    }

    @Override
    String sound() {
      return "woof";
    }

    @Override
    String intro() {
      return super.intro() + " and I fetch";
    }

    @Override
    public String toString() {
      return "Dog:" + super.toString();
    }
  }

  static class Puppy extends Dog {
    private final int ageMonths;

    Puppy(String name, int ageMonths) {
      super(name);
      this.ageMonths = ageMonths;
    }

    @Override
    String sound() {
      return super.sound() + "-" + super.sound().toUpperCase();
    }

    @Override
    String intro() {
      return super.intro() + " (" + ageMonths + " months)";
    }

    @Override
    public String toString() {
      return "Puppy[" + super.toString() + ", " + ageMonths + "]";
    }
  }

  static class Bird extends Animal {
    Bird(String name) {
      super(name);
    }

    @Override
    int legs() {
      return super.legs() / 2;
    }
  }

  public static void main(String[] args) {
    Animal[] zoo = {new Animal("generic"), new Dog("rex"), new Puppy("bit", 3), new Bird("tweety")};
    for (Animal a : zoo) {
      System.out.println(a + " | " + a.intro() + " | legs " + a.legs());
    }
    Animal p = zoo[2];
    System.out.println("through Animal type: " + p.sound() + ", " + p);
    String all = "";
    for (Animal a : zoo) {
      all += a.toString().length() + " ";
    }
    System.out.println("toString lengths: " + all);
  }
}
