import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.Consumer;
@MicroPython
public class Fn {
  static int twice(int x) { return 2 * x; }
  private final String prefix;
  Fn(String prefix) { this.prefix = prefix; }
  String tag(String s) { return prefix + s; }
  static int apply(Function<Integer, Integer> f, int v) { return f.apply(v); }
  public static void main(String[] args) {
    Function<Integer, Integer> inc = x -> x + 1;
    BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
    Predicate<String> empty = String::isEmpty;
    Supplier<String> hello = () -> "hello";
    List<Supplier<Integer>> suppliers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      int copy = i * 10;
      suppliers.add(() -> copy);
    }
    List<String> seen = new ArrayList<>();
    Consumer<String> record = s -> {
      String up = s.toUpperCase();
      seen.add(up + "!");
    };
    record.accept("a");
    record.accept("b");
    Fn fn = new Fn("#");
    Function<String, String> tagger = fn::tag;
    Function<Integer, Integer> doubler = Fn::twice;
    System.out.println(inc.apply(4) + " " + add.apply(2, 3) + " " + empty.test("") + " " + hello.get());
    System.out.println(suppliers.get(0).get() + " " + suppliers.get(2).get() + " " + seen);
    System.out.println(tagger.apply("x") + " " + doubler.apply(21) + " " + apply(v -> v * v, 7) + " " + apply(Fn::twice, 5));
    Runnable r = () -> System.out.println("ran");
    r.run();
  }
}
