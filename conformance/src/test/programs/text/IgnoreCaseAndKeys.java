package text;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * equalsIgnoreCase with null, compareToIgnoreCase, String.CASE_INSENSITIVE_ORDER, and Comparator.comparing by a key whose natural
 * order is an enum's or a class of yours' compareTo.
 */
@MicroPython
public class IgnoreCaseAndKeys {
  enum Level { LOW, MID, HIGH }

  record Version(int major, int minor) implements Comparable<Version> {
    public int compareTo(Version o) {
      return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }
  }

  record Item(String name, Level level, Version since) {}

  static String nothing() {
    return null;
  }

  public static void main(String[] args) {
    System.out.println("Pump".equalsIgnoreCase("PUMP") + " " + "pump".equalsIgnoreCase(nothing())
        + " " + "a".equalsIgnoreCase("b"));
    System.out.println(Integer.signum("apple".compareToIgnoreCase("BANANA")) + " "
        + "Zed".compareToIgnoreCase("zed") + " " + "abc".compareToIgnoreCase("AB"));
    List<String> words = new ArrayList<>(List.of("delta", "Alpha", "charlie", "Bravo", "alpha"));
    words.sort(String.CASE_INSENSITIVE_ORDER);
    System.out.println(words);
    words.sort(String.CASE_INSENSITIVE_ORDER.reversed());
    System.out.println(words);
    List<Item> items = new ArrayList<>(List.of(
        new Item("fan", Level.HIGH, new Version(1, 2)),
        new Item("led", Level.LOW, new Version(2, 0)),
        new Item("pump", Level.MID, new Version(1, 10)),
        new Item("relay", Level.LOW, new Version(1, 2))));
    items.sort(Comparator.comparing(Item::level));
    System.out.println(items.stream().map(Item::name).toList());
    items.sort(Comparator.comparing(Item::level).reversed().thenComparing(Item::name));
    System.out.println(items.stream().map(Item::name).toList());
    items.sort(Comparator.comparing(Item::since).thenComparing(Item::level));
    System.out.println(items.stream().map(i -> i.name() + "@" + i.since().major() + "." + i.since().minor()).toList());
  }
}
