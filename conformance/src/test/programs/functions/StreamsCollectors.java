package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Collectors: joining(sep, prefix, suffix), toSet, toMap, groupingBy(f[, counting()]), counting. */
@MicroPython
public class StreamsCollectors {
  public static void main(String[] args) {
    List<String> words = List.of("pear", "fig", "kiwi", "plum", "yam", "fig");
    System.out.println(words.stream().collect(Collectors.joining(", ", "[", "]")));
    System.out.println(words.stream().limit(0).collect(Collectors.joining(", ", "<", ">")));
    System.out.println(words.stream().map(String::toUpperCase).collect(Collectors.joining("|", "{", "}")));
    Set<String> unique = words.stream().collect(Collectors.toSet());
    System.out.println("toSet: " + unique.size() + " " + unique.contains("fig") + " " + unique.contains("fog"));
    Map<String, Integer> lengths = words.stream().distinct().collect(Collectors.toMap(w -> w, String::length));
    System.out.println("toMap: " + new TreeMap<>(lengths));
    try {
      words.stream().collect(Collectors.toMap(w -> w, w -> 1));
      System.out.println("no exception");
    } catch (IllegalStateException e) {
      System.out.println("duplicate key: " + e.getMessage());
    }
    Map<Integer, List<String>> byLength = words.stream().collect(Collectors.groupingBy(String::length));
    System.out.println("groupingBy: " + new TreeMap<>(byLength));
    Map<String, Long> byFirst = words.stream().collect(Collectors.groupingBy(w -> w.substring(0, 1), Collectors.counting()));
    System.out.println("counting: " + new TreeMap<>(byFirst));
    Map<Boolean, List<String>> parts = words.stream().collect(Collectors.groupingBy(w -> w.length() > 3, Collectors.toList()));
    System.out.println("short: " + parts.get(false) + ", long: " + parts.get(true));
    long count = Stream.of(1, 2, 3, 4).filter(x -> x % 2 == 0).collect(Collectors.counting());
    System.out.println("counting(): " + count);
  }
}
