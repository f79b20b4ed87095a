package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Lambdas capture values: loop copies, for-each variables, parameters, fields read at call time. */
@MicroPython
public class CapturedVariables {
  static int counter = 0;
  private final String name;

  CapturedVariables(String name) {
    this.name = name;
  }

  Supplier<String> namer(String suffix) {
    return () -> name + suffix;
  }

  static Supplier<Integer> constant(int v) {
    return () -> v;
  }

  public static void main(String[] args) {
    List<Supplier<Integer>> fromFor = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      int copy = i;
      fromFor.add(() -> copy * 10);
    }
    StringBuilder sb = new StringBuilder();
    for (Supplier<Integer> s : fromFor) {
      sb.append(s.get()).append(' ');
    }
    System.out.println("for-loop copies: " + sb);
    List<Supplier<String>> fromEach = new ArrayList<>();
    for (String w : List.of("x", "y", "z")) {
      fromEach.add(() -> w + w);
    }
    StringBuilder sb2 = new StringBuilder();
    for (Supplier<String> s : fromEach) {
      sb2.append(s.get()).append(' ');
    }
    System.out.println("for-each variables: " + sb2);
    List<Supplier<Integer>> consts = new ArrayList<>();
    for (int i = 5; i > 0; i -= 2) {
      consts.add(constant(i));
    }
    System.out.println("parameters: " + consts.get(0).get() + " " + consts.get(1).get() + " " + consts.get(2).get());
    Supplier<Integer> readsStatic = () -> counter;
    counter = 41;
    counter += 1;
    System.out.println("static read at call time: " + readsStatic.get());
    CapturedVariables cv = new CapturedVariables("obj");
    Supplier<String> n = cv.namer("-1");
    System.out.println("instance capture: " + n.get());
    int base = 100;
    String label = "sum";
    Supplier<String> both = () -> label + "=" + (base + fromFor.size());
    System.out.println("two captures: " + both.get());
  }
}
