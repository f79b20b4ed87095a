import dev.jmpy.annotations.MicroPython;
import java.util.List;
import java.util.Optional;
@MicroPython
public class Opt {
  static Optional<String> find(List<String> xs, String prefix) {
    for (String x : xs) {
      if (x.startsWith(prefix)) {
        return Optional.of(x);
      }
    }
    return Optional.empty();
  }
  public static void main(String[] args) {
    List<String> xs = List.of("apple", "banana");
    Optional<String> b = find(xs, "b");
    Optional<String> z = find(xs, "z");
    System.out.println(b.isPresent() + " " + z.isPresent() + " " + z.isEmpty() + " " + b.get() + " " + z.orElse("none") + " " + b.orElse("none"));
  }
}
