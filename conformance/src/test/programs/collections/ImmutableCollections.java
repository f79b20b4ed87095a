package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The JDK's unmodifiable collections: List.of/copyOf, Set.of/copyOf, Map.of/ofEntries/entry/
 * copyOf, Collections.emptyList/nCopies/unmodifiableList, and Stream.toList. Reads work as on any
 * list, set or map; every change throws UnsupportedOperationException; duplicate Set.of elements
 * and Map.of keys throw IllegalArgumentException, null elements, keys, values and queries
 * NullPointerException (as does Objects.requireNonNull); unmodifiableList is a live view.
 */
@MicroPython
public class ImmutableCollections {
  @FunctionalInterface
  interface Change {
    void run();
  }

  static void attempt(String what, Change change) {
    try {
      change.run();
      System.out.println(what + ": changed");
    } catch (UnsupportedOperationException e) {
      System.out.println(what + ": UnsupportedOperationException");
    } catch (IllegalArgumentException e) {
      System.out.println(what + ": IllegalArgumentException " + e.getMessage());
    } catch (NullPointerException e) {
      System.out.println(what + ": NullPointerException");
    }
  }

  public static void main(String[] args) {
    List<String> fruit = List.of("fig", "apple", "kiwi");
    System.out.println(fruit + " " + fruit.size() + " " + fruit.get(1) + " " + fruit.contains("kiwi")
        + " " + fruit.indexOf("kiwi") + " " + fruit.equals(List.of("fig", "apple", "kiwi")));
    attempt("List.of add", () -> fruit.add("pear"));
    attempt("List.of set", () -> fruit.set(0, "pear"));
    attempt("List.of remove", () -> fruit.remove(0));
    attempt("List.of clear", () -> fruit.clear());
    attempt("List.of sort", () -> fruit.sort(null));
    List<String> sorted = new ArrayList<>(fruit);
    Collections.sort(sorted);
    System.out.println("copy sorted " + sorted + " original " + fruit);

    List<String> frozen = List.copyOf(sorted);
    sorted.add("zucchini");
    System.out.println("copyOf " + frozen + " source " + sorted);
    attempt("List.copyOf add", () -> frozen.add("x"));

    List<Integer> empty = Collections.emptyList();
    System.out.println("emptyList " + empty + " " + empty.isEmpty() + " " + empty.size());
    attempt("emptyList add", () -> empty.add(1));

    List<String> dashes = Collections.nCopies(3, "-");
    System.out.println("nCopies " + dashes + " " + String.join("", dashes));
    attempt("nCopies set", () -> dashes.set(0, "+"));
    attempt("nCopies negative", () -> Collections.nCopies(-1, "x"));

    List<Integer> base = new ArrayList<>(List.of(3, 1));
    List<Integer> view = Collections.unmodifiableList(base);
    base.add(2);
    System.out.println("view " + view + " size " + view.size() + " get " + view.get(2)
        + " contains " + view.contains(1));
    attempt("unmodifiableList add", () -> view.add(4));
    attempt("unmodifiableList sort", () -> view.sort(null));
    Collection<Integer> values = Collections.unmodifiableCollection(base);
    System.out.println("unmodifiableCollection " + values.size() + " " + values.contains(2));
    attempt("unmodifiableCollection add", () -> values.add(5));

    List<Integer> streamed = base.stream().map(n -> n * 10).toList();
    System.out.println("toList " + streamed);
    attempt("Stream.toList add", () -> streamed.add(0));

    Set<Integer> primes = Set.of(2, 3, 5);
    System.out.println("Set.of size " + primes.size() + " " + primes.contains(3) + " "
        + primes.contains(4));
    attempt("Set.of add", () -> primes.add(7));
    attempt("Set.of remove", () -> primes.remove(2));
    attempt("Set.of duplicate", () -> Set.of("a", "b", "a"));
    Set<String> letters = Set.copyOf(List.of("b", "a", "b"));
    System.out.println("Set.copyOf size " + letters.size() + " " + letters.contains("a"));

    Map<String, Integer> ages = Map.of("ada", 36, "bob", 41);
    System.out.println("Map.of " + ages.get("ada") + " " + ages.get("zed") + " "
        + ages.getOrDefault("zed", 0) + " " + ages.containsKey("bob") + " " + ages.size());
    attempt("Map.of put", () -> ages.put("cy", 3));
    attempt("Map.of remove", () -> ages.remove("ada"));
    attempt("Map.of duplicate", () -> Map.of("k", 1, "k", 2));
    Map<String, Integer> entries = Map.ofEntries(Map.entry("x", 1), Map.entry("y", 2));
    System.out.println("ofEntries " + entries.get("x") + " " + entries.get("y") + " "
        + entries.size());
    Map.Entry<String, Integer> entry = Map.entry("key", 7);
    System.out.println("entry " + entry.getKey() + " " + entry.getValue());
    Map<String, Integer> source = new HashMap<>();
    source.put("one", 1);
    Map<String, Integer> copied = Map.copyOf(source);
    source.put("two", 2);
    System.out.println("Map.copyOf " + copied + " " + copied.size());
    attempt("Map.copyOf put", () -> copied.put("three", 3));

    String nothing = null;
    attempt("List.of null", () -> List.of("a", nothing));
    attempt("List.of contains null", () -> fruit.contains(nothing));
    attempt("Set.of null", () -> Set.of(nothing));
    attempt("Map.of null value", () -> Map.of("k", nothing));
    attempt("Map.of get null", () -> ages.get(nothing));
    attempt("requireNonNull", () -> Objects.requireNonNull(nothing, "name"));
  }
}
