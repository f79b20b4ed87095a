package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Text of nested collections holding ints, longs, Strings, booleans, nulls, records and enums. */
@MicroPython
public class NestedCollectionText {
  enum Level {
    LOW,
    HIGH
  }

  record Reading(String sensor, int value, Level level) {}

  public static void main(String[] args) {
    List<Object> mixed = new ArrayList<>();
    mixed.add(1);
    mixed.add(-2L);
    mixed.add("three");
    mixed.add(true);
    mixed.add(null);
    mixed.add(Level.HIGH);
    System.out.println("mixed: " + mixed);
    List<Boolean> bools = new ArrayList<>();
    bools.add(false);
    bools.add(true);
    System.out.println("bools: " + bools);
    List<Reading> readings = new ArrayList<>();
    readings.add(new Reading("t1", 21, Level.LOW));
    readings.add(new Reading("t2", 88, Level.HIGH));
    System.out.println("readings: " + readings);
    Map<String, List<Reading>> bySensor = new LinkedHashMap<>();
    bySensor.put("a", readings);
    bySensor.put("b", new ArrayList<>());
    System.out.println("by sensor: " + bySensor);
    Map<Integer, String> nulls = new LinkedHashMap<>();
    nulls.put(1, null);
    nulls.put(2, "two");
    System.out.println("null values: " + nulls);
    Map<Level, Integer> levels = new LinkedHashMap<>();
    levels.put(Level.LOW, 0);
    levels.put(Level.HIGH, 100);
    System.out.println("enum keys: " + levels);
    List<List<String>> grid = new ArrayList<>();
    grid.add(List.of("a", "b"));
    grid.add(List.of());
    System.out.println("nested lists: " + grid + " " + List.of(List.of(List.of(7))));
  }
}
