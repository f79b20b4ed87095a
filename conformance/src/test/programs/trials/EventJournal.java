package trials;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A program written the way a Java developer writes one, without reading jmpy's support table
 * first (a user-style trial of 2026-12-08). What it stopped at was fixed in jmpy; the program was
 * edited only where jmpy rejects on principle (a char or double seen as Object or float text).
 */
@MicroPython
public class EventJournal {
  enum Level {
    DEBUG('D'), INFO('I'), WARN('W'), ERROR('E');
    private final char tag;
    Level(char tag) { this.tag = tag; }
    char tag() { return tag; }
    boolean atLeast(Level other) { return compareTo(other) >= 0; }
  }

  record Entry(int seq, Level level, String source, String text) implements Comparable<Entry> {
    Entry {
      if (text == null || text.isBlank()) throw new IllegalArgumentException("empty text");
      text = text.strip();
    }
    @Override public int compareTo(Entry o) { return Integer.compare(seq, o.seq); }
    String format() { return String.format("%04d %c %-6s %s", seq, level.tag(), source, text); }
  }

  static final class Pair<A, B> {
    final A first; final B second;
    Pair(A first, B second) { this.first = first; this.second = second; }
    <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
    @Override public String toString() { return "(" + first + ", " + second + ")"; }
  }

  private final Deque<Entry> entries = new LinkedList<>();
  private final int capacity;
  private int seq;

  EventJournal(int capacity) { this.capacity = capacity; }

  Optional<Entry> log(Level level, String source, String text) {
    try {
      Entry e = new Entry(++seq, level, source, text);
      entries.addLast(e);
      while (entries.size() > capacity) entries.removeFirst();
      return Optional.of(e);
    } catch (IllegalArgumentException ex) {
      return Optional.empty();
    }
  }

  List<Entry> query(Level min, String sourcePrefix) {
    return entries.stream()
        .filter(e -> e.level().atLeast(min))
        .filter(e -> sourcePrefix == null || e.source().startsWith(sourcePrefix))
        .sorted(Comparator.comparing(Entry::level).reversed().thenComparing(Comparator.naturalOrder()))
        .collect(Collectors.toList());
  }

  static <T> T retry(int times, Supplier<T> action, T fallback) {
    for (int i = 0; i < times; i++) {
      try {
        return action.get();
      } catch (RuntimeException e) {
        System.out.println("attempt " + (i + 1) + " failed: " + e.getMessage());
      }
    }
    return fallback;
  }

  public static void main(String[] args) {
    EventJournal j = new EventJournal(6);
    String[] sources = {"net", "pump", "net.wifi", "ui"};
    for (int i = 0; i < 9; i++) {
      Level level = Level.values()[(i * 3) % 4];
      Optional<Entry> e = j.log(level, sources[i % sources.length], i == 4 ? "   " : " event " + i + " ");
      System.out.println(e.map(Entry::format).orElse("(rejected)"));
    }
    System.out.println("-- warn+");
    j.query(Level.WARN, null).forEach(e -> System.out.println(e.format()));
    System.out.println("-- net*");
    System.out.println(j.query(Level.DEBUG, "net").stream().map(e -> String.valueOf(e.seq())).collect(Collectors.joining(",", "[", "]")));
    Entry newest = Collections.max(j.entries);
    System.out.println("newest " + newest.seq() + " " + newest.level() + " ordinal " + newest.level().ordinal());
    Pair<String, Integer> p = new Pair<>("count", j.entries.size());
    System.out.println(p + " " + p.withSecond(Level.valueOf("INFO")));
    int[] attempts = {0};
    String got = retry(3, () -> {
      if (++attempts[0] < 3) throw new IllegalStateException("busy " + attempts[0]);
      return "ok after " + attempts[0];
    }, "gave up");
    System.out.println(got);
    BiFunction<Integer, Integer, Integer> area = (w, h) -> w * h;
    System.out.println(IntStream.rangeClosed(1, 4).mapToObj(i -> area.apply(i, i + 1)).map(String::valueOf).collect(Collectors.joining(" ")));
    List<String> words = new ArrayList<>(List.of("delta", "Alpha", "charlie", "Bravo"));
    words.sort(String.CASE_INSENSITIVE_ORDER);
    System.out.println(words);
    words.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
    System.out.println(words);
  }
}
