package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** mapToObj, sequential, asLongStream, and forEach at the end of a pipeline. */
@MicroPython
public class StreamsMore {
  public static void main(String[] args) {
    String joined = IntStream.range(0, 3).mapToObj(i -> "x" + i).collect(Collectors.joining(","));
    System.out.println(joined);
    long total = IntStream.rangeClosed(1, 4).sequential().asLongStream().sum();
    System.out.println("total " + total);
    List.of(3, 1, 2).stream().filter(x -> x > 1).forEach(x -> System.out.println("big " + x));
  }
}
