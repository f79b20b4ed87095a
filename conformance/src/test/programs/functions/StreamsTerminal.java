package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** anyMatch/allMatch/noneMatch, joining, sorted, limit, skip, IntStream.range/rangeClosed, Arrays.stream, Stream.of. */
@MicroPython
public class StreamsTerminal {
  public static void main(String[] args) {
    List<Integer> nums = List.of(7, 3, 9, 1, 5);
    System.out.println("anyMatch > 8: " + nums.stream().anyMatch(n -> n > 8));
    System.out.println("allMatch odd: " + nums.stream().allMatch(n -> n % 2 == 1));
    System.out.println("noneMatch 4: " + nums.stream().noneMatch(n -> n == 4));
    System.out.println("empty anyMatch/allMatch/noneMatch: " + List.<Integer>of().stream().anyMatch(n -> true) + " " + List.<Integer>of().stream().allMatch(n -> false) + " " + List.<Integer>of().stream().noneMatch(n -> true));
    System.out.println("sorted: " + nums.stream().sorted().toList());
    System.out.println("limit 2: " + nums.stream().limit(2).toList());
    System.out.println("skip 3: " + nums.stream().skip(3).toList());
    System.out.println("sorted, skip 1, limit 3: " + nums.stream().sorted().skip(1).limit(3).toList());
    List<String> words = List.of("to", "be", "or", "not");
    System.out.println("joining: " + words.stream().collect(Collectors.joining(" ")));
    System.out.println("joining mapped: " + words.stream().map(String::toUpperCase).collect(Collectors.joining(", ")));
    System.out.println("range(0, 5): " + IntStream.range(0, 5).boxed().toList());
    System.out.println("rangeClosed(1, 10) sum: " + IntStream.rangeClosed(1, 10).sum());
    System.out.println("squares: " + IntStream.range(1, 6).map(i -> i * i).boxed().toList());
    System.out.println("range filter count: " + IntStream.range(0, 100).filter(i -> i % 7 == 0).count());
    int[] arr = {4, 5, 6};
    System.out.println("Arrays.stream sum: " + Arrays.stream(arr).sum());
    System.out.println("Arrays.stream map: " + Arrays.stream(arr).map(x -> x * 10).boxed().toList());
    System.out.println("Stream.of: " + Stream.of("x", "y", "z").map(s -> s + "!").collect(Collectors.joining()));
    System.out.println("Stream.of count: " + Stream.of(1, 2, 3, 4).filter(n -> n > 1).count());
    System.out.println("empty range sum: " + IntStream.range(5, 5).sum());
  }
}
