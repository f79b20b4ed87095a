package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Functions taking and returning functions: compose by hand, memoising supplier, counters, filters. */
@MicroPython
public class HigherOrder {
  static Function<Integer, Integer> compose(Function<Integer, Integer> f, Function<Integer, Integer> g) {
    return x -> g.apply(f.apply(x));
  }

  static Function<Integer, Integer> times(int n) {
    return x -> x * n;
  }

  static Function<Integer, Integer> repeat(Function<Integer, Integer> f, int n) {
    Function<Integer, Integer> result = x -> x;
    for (int i = 0; i < n; i++) {
      result = compose(result, f);
    }
    return result;
  }

  static <T> List<T> filter(List<T> xs, Predicate<T> p) {
    List<T> out = new ArrayList<>();
    for (T x : xs) {
      if (p.test(x)) {
        out.add(x);
      }
    }
    return out;
  }

  static Predicate<Integer> between(int lo, int hi) {
    return x -> x >= lo && x <= hi;
  }

  static Supplier<Integer> counter() {
    List<Integer> state = new ArrayList<>();
    state.add(0);
    return () -> {
      state.set(0, state.get(0) + 1);
      return state.get(0);
    };
  }

  public static void main(String[] args) {
    Function<Integer, Integer> plus3 = x -> x + 3;
    System.out.println("compose(plus3, times 2)(4) = " + compose(plus3, times(2)).apply(4));
    System.out.println("compose(times 2, plus3)(4) = " + compose(times(2), plus3).apply(4));
    System.out.println("repeat(times 2, 10)(1) = " + repeat(times(2), 10).apply(1));
    System.out.println("repeat(plus3, 0)(5) = " + repeat(plus3, 0).apply(5));
    List<Integer> xs = List.of(1, 5, 10, 15, 20);
    System.out.println("between 5 and 15: " + filter(xs, between(5, 15)));
    System.out.println("strings starting with b: " + filter(List.of("ab", "ba", "bb"), s -> s.startsWith("b")));
    Supplier<Integer> c1 = counter();
    Supplier<Integer> c2 = counter();
    c1.get();
    c1.get();
    System.out.println("counters: c1=" + c1.get() + " c2=" + c2.get());
    List<Function<Integer, Integer>> pipeline = new ArrayList<>();
    pipeline.add(plus3);
    pipeline.add(times(10));
    pipeline.add(x -> -x);
    int v = 2;
    for (Function<Integer, Integer> f : pipeline) {
      v = f.apply(v);
    }
    System.out.println("pipeline(2) = " + v);
  }
}
