package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Simple streams as comprehensions; IntStream.sum() wraps at 32 bits as Java's int does. */
@MicroPython
public class StreamsBasic {
  record Emp(String name, String dept, int salary) {}

  public static void main(String[] args) {
    List<Emp> emps = List.of(new Emp("ann", "eng", 120), new Emp("bob", "ops", 80), new Emp("cy", "eng", 100), new Emp("di", "hr", 90));
    System.out.println(emps.stream().filter(e -> e.dept().equals("eng")).map(Emp::name).collect(Collectors.toList()));
    System.out.println(emps.stream().mapToInt(Emp::salary).sum() + " " + emps.stream().filter(e -> e.salary() > 85).count());
    System.out.println(emps.stream().map(Emp::name).collect(Collectors.joining(", ")));
    System.out.println(emps.stream().map(e -> e.name().toUpperCase()).sorted().collect(Collectors.joining("|")));
    System.out.println(IntStream.range(0, 5).map(i -> i * i).sum() + " " + IntStream.rangeClosed(1, 5).filter(i -> i % 2 == 1).count());
    System.out.println(emps.stream().anyMatch(e -> e.salary() > 110) + " " + emps.stream().allMatch(e -> e.salary() > 85) + " " + emps.stream().noneMatch(e -> e.name().isEmpty()));
    int[] arr = {5, 3, 9, 1};
    System.out.println(Arrays.stream(arr).sum() + " " + Arrays.stream(arr).count());
    List<Integer> sq = emps.stream().map(Emp::salary).filter(s -> s < 100).map(s -> s / 10).collect(Collectors.toList());
    System.out.println(sq + " " + emps.stream().skip(1).limit(2).map(Emp::name).toList());
    List<String> sortedNames = emps.stream().sorted((a, b) -> b.salary() - a.salary()).map(Emp::name).toList();
    System.out.println(sortedNames);
    long big = IntStream.range(0, 100000).mapToLong(i -> i).sum();
    System.out.println(big);
    int overflow = IntStream.range(0, 70000).map(i -> i).sum();
    System.out.println(overflow);
  }
}
