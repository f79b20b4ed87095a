package objs;

import dev.jmpy.annotations.MicroPython;
import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;

/**
 * java.util.Objects (requireNonNull, isNull, nonNull, toString, requireNonNullElse, hashCode, hash, equals),
 * compareTo on a type variable bounded by Comparable (Integers, Strings, Booleans, enums, your
 * class), isEmpty/size through AbstractCollection and Collection, System.arraycopy with
 * overlapping ranges.
 */
@MicroPython
public class ObjectsAndGenerics {
  enum Size { SMALL, LARGE }

  record Version(int major, int minor) implements Comparable<Version> {
    @Override
    public int compareTo(Version o) {
      return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public int hashCode() {
      return major * 100 + minor;
    }
  }

  static <T extends Comparable<T>> T larger(T a, T b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  static <T extends Comparable<T>> int sign(T a, T b) {
    int c = a.compareTo(b);
    return c > 0 ? 1 : c < 0 ? -1 : 0;
  }

  public static void main(String[] args) {
    String nothing = null;
    String word = "ab";
    System.out.println(Objects.isNull(nothing) + " " + Objects.nonNull(word) + " "
        + Objects.isNull(word) + " " + Objects.nonNull(nothing));
    System.out.println(Objects.toString(nothing) + " " + Objects.toString(42) + " "
        + Objects.toString(nothing, "default") + " " + Objects.toString(word, "default"));
    System.out.println(Objects.requireNonNullElse(nothing, "else") + " "
        + Objects.requireNonNullElse(word, "else") + " " + Objects.equals(nothing, null) + " "
        + Objects.equals(word, "a" + "b"));
    System.out.println("requireNonNull " + Objects.requireNonNull(word) + " "
        + Objects.requireNonNull(word, "word"));
    try {
      Objects.requireNonNull(nothing, "nothing");
    } catch (RuntimeException e) {
      System.out.println("requireNonNull(null): " + e.getMessage());
    }
    System.out.println("hashCode " + Objects.hashCode(nothing) + " " + Objects.hashCode(word) + " "
        + Objects.hashCode(7) + " " + Objects.hashCode(new Version(1, 2)));
    System.out.println("hash " + Objects.hash(1, "a") + " " + Objects.hash(word, nothing, true)
        + " " + Objects.hash() + " " + Objects.hash(new Version(2, 0), -5, 'x'));

    System.out.println(larger(3, 7) + " " + larger("pear", "apple") + " " + larger(true, false)
        + " " + larger(Size.LARGE, Size.SMALL) + " " + larger(new Version(1, 9), new Version(2, 0)));
    System.out.println(sign("a", "abc") + " " + sign(5, 5) + " " + sign(new Version(3, 1),
        new Version(3, 0)));

    Collection<Integer> deque = new ArrayDeque<>(List.of(1));
    AbstractCollection<Integer> linked = new LinkedList<>(List.of(1, 2));
    LinkedList<String> empty = new LinkedList<>();
    System.out.println(deque.isEmpty() + " " + linked.isEmpty() + " " + linked.size() + " "
        + empty.isEmpty() + " " + linked.contains(2));

    int[] a = {1, 2, 3, 4, 5};
    System.arraycopy(a, 0, a, 1, 4);
    System.out.println(Arrays.toString(a));
    System.arraycopy(a, 2, a, 0, 3);
    System.out.println(Arrays.toString(a));
    String[] names = {"x", "y", "z"};
    String[] copy = new String[5];
    System.arraycopy(names, 0, copy, 1, 3);
    System.out.println(Arrays.toString(copy));
    try {
      System.arraycopy(a, 3, a, 0, 3);
    } catch (IndexOutOfBoundsException e) {
      System.out.println("arraycopy past the end: IndexOutOfBoundsException");
    }
  }
}
