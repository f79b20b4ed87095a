package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** User @FunctionalInterface types: lambdas, method references, fields holding functions, a strategy list. */
@MicroPython
public class CustomInterfaces {
  @FunctionalInterface
  interface IntOp {
    int apply(int a, int b);
  }

  @FunctionalInterface
  interface Validator {
    boolean validate(String input);
  }

  @FunctionalInterface
  interface Action {
    void perform();
  }

  record Rule(String name, Validator check) {}

  static int fold(int[] xs, int start, IntOp op) {
    int acc = start;
    for (int x : xs) {
      acc = op.apply(acc, x);
    }
    return acc;
  }

  static int mul(int a, int b) {
    return a * b;
  }

  static List<String> log = new ArrayList<>();

  public static void main(String[] args) {
    int[] xs = {1, 2, 3, 4, 5};
    System.out.println("sum " + fold(xs, 0, (a, b) -> a + b));
    System.out.println("product " + fold(xs, 1, CustomInterfaces::mul));
    System.out.println("max " + fold(xs, Integer.MIN_VALUE, (a, b) -> Math.max(a, b)));
    List<Rule> rules = new ArrayList<>();
    rules.add(new Rule("non-empty", s -> !s.isEmpty()));
    rules.add(new Rule("short", s -> s.length() <= 5));
    rules.add(new Rule("lowercase", s -> s.equals(s.toLowerCase())));
    for (String input : List.of("ok", "TOO LONG", "")) {
      StringBuilder failed = new StringBuilder();
      for (Rule r : rules) {
        if (!r.check().validate(input)) {
          failed.append(r.name()).append(' ');
        }
      }
      System.out.println("'" + input + "' fails: " + failed);
    }
    List<Action> actions = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      int n = i;
      actions.add(() -> log.add("action " + n));
    }
    for (Action a : actions) {
      a.perform();
    }
    System.out.println(log);
  }
}
