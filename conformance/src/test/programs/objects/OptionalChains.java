package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.Optional;

/** Optional.map, filter, ifPresent and orElseGet, chained, with lambdas and method references. */
@MicroPython
public class OptionalChains {
  static int calls = 0;

  static Optional<String> find(List<String> names, String prefix) {
    for (String name : names) {
      if (name.startsWith(prefix)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  static String fallback() {
    calls++;
    return "fallback #" + calls;
  }

  public static void main(String[] args) {
    List<String> names = List.of("ada", "grace", "linus", "barbara");
    for (String prefix : List.of("g", "b", "z")) {
      Optional<String> found = find(names, prefix);
      int length = found.map(String::length).orElse(-1);
      String upper = found.map(s -> s.toUpperCase()).orElse("none");
      String longOnly = found.filter(s -> s.length() > 5).orElse("short or none");
      String lazy = found.orElseGet(OptionalChains::fallback);
      System.out.println(prefix + ": " + length + " " + upper + " " + longOnly + " " + lazy);
      found.ifPresent(s -> System.out.println("  present: " + s));
    }
    Optional<Integer> doubled = Optional.of(21).map(n -> n * 2).filter(n -> n > 40);
    System.out.println("doubled: " + doubled.orElse(0) + ", fallback calls: " + calls);
    Optional<String> nothing = Optional.<String>empty().map(s -> s + "!");
    System.out.println("empty mapped is empty: " + nothing.isEmpty());
  }
}
