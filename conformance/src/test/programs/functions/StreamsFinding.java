package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * findFirst, distinct, reduce, IntStream.of/max/min/average, OptionalInt, toArray, and
 * Stream.iterate/generate cut by limit.
 */
@MicroPython
public class StreamsFinding {
  static int calls;

  static int next(int x) {
    calls++;
    return x * 3;
  }

  public static void main(String[] args) {
    List<Integer> nums = List.of(7, 3, 9, 1, 5, 3, 9);
    System.out.println("first > 4: " + nums.stream().filter(n -> n > 4).findFirst().orElse(-1));
    System.out.println("first > 10: " + nums.stream().filter(n -> n > 10).findFirst().isPresent());
    System.out.println("findAny: " + nums.stream().findAny().get());
    System.out.println("distinct: " + nums.stream().distinct().toList());
    System.out.println("distinct sorted: " + nums.stream().distinct().sorted().toList());
    System.out.println("reduce sum: " + nums.stream().reduce(0, Integer::sum));
    System.out.println("reduce product: " + nums.stream().reduce((a, b) -> a * b).get());
    System.out.println("reduce empty: " + List.<Integer>of().stream().reduce(Integer::max).isPresent());
    System.out.println("reduce wraps: " + IntStream.of(Integer.MAX_VALUE, 1).reduce(0, (a, b) -> a + b));
    System.out.println("digit sum: " + "90417".chars().map(c -> c - '0').reduce(0, Integer::sum));
    int[] arr = {5, -2, 8, 1};
    System.out.println("max: " + Arrays.stream(arr).max().getAsInt() + ", min: " + Arrays.stream(arr).min().orElse(0));
    OptionalInt none = IntStream.of().max();
    System.out.println("empty max: " + none.isPresent() + " " + none.isEmpty() + " " + none.orElse(-7));
    System.out.println("average present: " + IntStream.of(1, 2, 4).average().isPresent() + " " + IntStream.empty().average().isPresent());
    System.out.println("of: " + IntStream.of(4, 5, 6).map(x -> x * 10).boxed().toList());
    System.out.println("longest: " + Stream.of("aa", "bbb", "c", "ddd").max(Comparator.comparingInt(String::length)).get());
    System.out.println("shortest: " + Stream.of("aa", "bbb", "c", "d").min(Comparator.comparingInt(String::length)).get());
    int[] squares = IntStream.rangeClosed(1, 5).map(i -> i * i).toArray();
    System.out.println("toArray: " + Arrays.toString(squares) + " " + squares.length);
    squares[0] = -1;
    System.out.println("an int[]: " + Arrays.toString(squares));
    long[] longs = IntStream.range(0, 3).asLongStream().map(v -> v << 40).toArray();
    System.out.println("long[]: " + Arrays.toString(longs));
    String[] words = Stream.of("b", "a", "c").sorted().toArray(String[]::new);
    System.out.println("String[]: " + Arrays.toString(words));
    int[] digits = "4096".chars().map(c -> Character.digit(c, 10)).toArray();
    System.out.println("digits: " + Arrays.toString(digits));
    int[][] rows = IntStream.range(0, 3).mapToObj(i -> IntStream.range(0, i + 1).toArray()).toArray(int[][]::new);
    System.out.println("rows: " + Arrays.deepToString(rows));
    System.out.println("iterate: " + Stream.iterate(1, StreamsFinding::next).limit(5).toList() + " calls " + calls);
    System.out.println("iterate 3: " + IntStream.iterate(1, i -> i < 50, i -> i * 2).boxed().toList());
    System.out.println("iterate 3 limit: " + IntStream.iterate(1, i -> i < 50, i -> i * 2).limit(3).sum());
    int[] counter = {0};
    System.out.println("generate: " + Stream.generate(() -> ++counter[0]).limit(4).toList() + " " + counter[0]);
    System.out.println("skip/limit: " + nums.stream().skip(2).limit(3).toList());
    int n = 2;
    System.out.println("limit var: " + nums.stream().limit(n).toList());
    try {
      nums.stream().limit(n - 3).toList();
      System.out.println("no exception");
    } catch (IllegalArgumentException e) {
      System.out.println("limit(-1): IllegalArgumentException");
    }
  }
}
