package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Method references: Type::staticMethod, obj::method, this::method, Type::instanceMethod, Type::new. */
@MicroPython
public class MethodReferences {
  private final int factor;

  MethodReferences(int factor) {
    this.factor = factor;
  }

  int scale(int v) {
    return v * factor;
  }

  List<Integer> scaleAll(List<Integer> xs) {
    return map(xs, this::scale);
  }

  static int negate(int v) {
    return -v;
  }

  static List<Integer> map(List<Integer> xs, Function<Integer, Integer> f) {
    List<Integer> out = new ArrayList<>();
    for (int x : xs) {
      out.add(f.apply(x));
    }
    return out;
  }

  record Pet(String name) {
    String greet(String other) {
      return name + " greets " + other;
    }
  }

  static class Counter {
    int count = 7;
  }

  public static void main(String[] args) {
    List<Integer> xs = List.of(1, 2, 3);
    System.out.println("static ref: " + map(xs, MethodReferences::negate));
    MethodReferences triple = new MethodReferences(3);
    System.out.println("bound ref: " + map(xs, triple::scale));
    System.out.println("this ref: " + new MethodReferences(10).scaleAll(xs));
    Function<Pet, String> nameOf = Pet::name;
    BiFunction<Pet, String, String> greet = Pet::greet;
    Pet rex = new Pet("Rex");
    System.out.println("unbound accessor: " + nameOf.apply(rex));
    System.out.println("unbound with argument: " + greet.apply(rex, "Tom"));
    Function<String, Pet> makePet = Pet::new;
    System.out.println("constructor ref: " + makePet.apply("Kit"));
    Supplier<Counter> makeCounter = Counter::new;
    System.out.println("no-arg constructor ref: " + makeCounter.get().count);
    Function<Integer, MethodReferences> factory = MethodReferences::new;
    System.out.println("constructor with int: " + factory.apply(5).scale(4));
  }
}
