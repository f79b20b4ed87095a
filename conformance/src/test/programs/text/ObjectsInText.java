package text;

import dev.jmpy.annotations.MicroPython;
import java.util.*;

/**
 * Objects in text: values seen as Object, as a type variable T, as Number, in collections of
 * Object or wildcards, entries, exceptions; each prints as Java prints it, decided at run time.
 */
@MicroPython
public class ObjectsInText {
  static final class Box<T> {
    private final T value;
    Box(T value) { this.value = value; }
    T get() { return value; }
    @Override public String toString() { return "Box(" + value + ")"; }
  }

  record Pair<A, B>(A first, B second) {}

  enum Level { LOW, HIGH }

  static <T> String describe(T item) {
    return "item " + item + " / " + String.valueOf(item);
  }

  static <T> String joinAll(List<T> items) {
    StringBuilder sb = new StringBuilder();
    for (T t : items) sb.append(t).append(';');
    return sb.toString() + " " + items;
  }

  static String kind(Object o) {
    return "object " + o;
  }

  public static void main(String[] args) {
    Object[] things = {42, "text", null, true, Level.HIGH, new Box<>("inner"), List.of(1, 2),
        Map.entry("k", 7), new IllegalStateException("broken"), 9_000_000_000L,
        new Pair<>("a", 1)};
    for (Object o : things) System.out.println(kind(o));
    System.out.println(describe(new Box<>(new Box<>(3))));
    System.out.println(describe(Optional.of("x").orElse("y")));
    System.out.println(joinAll(List.of(Level.LOW, Level.HIGH)));
    System.out.println(joinAll(Arrays.asList("a", null, "c")));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("name", "pump");
    settings.put("on", false);
    settings.put("limits", List.of(10, 20));
    settings.put("error", new ArithmeticException("/ by zero"));
    System.out.println(settings);
    for (Map.Entry<String, Object> e : settings.entrySet()) System.out.println(e);
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(Map.of("x", 1).entrySet());
    System.out.println(entries);
    Pair<Object, List<?>> p = new Pair<>(Level.LOW, List.of("q"));
    System.out.println(p);
    Box<Number> n = new Box<>(5);
    System.out.println(n + " " + n.get());
    List<Exception> errors = List.of(new RuntimeException("r"), new IllegalArgumentException("bad"));
    System.out.println(errors);
    try {
      Integer.parseInt("zz");
    } catch (NumberFormatException e) {
      Object seen = e;
      System.out.println("caught " + seen);
    }
    System.out.printf("%s and %s%n", new Box<>(1), (Object) "two");
    System.out.println(String.format("%s", List.of(new Box<>("b"))));
  }
}
