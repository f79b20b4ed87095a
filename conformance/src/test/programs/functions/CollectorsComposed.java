package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Collectors composed as Java developers write them: groupingBy with a map factory and a
 * downstream collector (toSet, joining, mapping, filtering, summingInt, counting, a nested
 * groupingBy), partitioningBy with and without one.
 */
@MicroPython
public class CollectorsComposed {
  record Reading(String room, String sensor, int value) {}

  public static void main(String[] args) {
    List<Reading> readings = List.of(
        new Reading("kitchen", "temp", 21),
        new Reading("garage", "temp", 9),
        new Reading("kitchen", "humidity", 55),
        new Reading("attic", "temp", 30),
        new Reading("garage", "door", 1),
        new Reading("kitchen", "temp", 23));

    TreeMap<String, List<Integer>> byRoom = readings.stream().collect(Collectors.groupingBy(
        Reading::room, TreeMap::new, Collectors.mapping(Reading::value, Collectors.toList())));
    System.out.println(byRoom);
    System.out.println(byRoom.firstKey() + " .. " + byRoom.lastKey());

    Map<String, Integer> totals = readings.stream().collect(Collectors.groupingBy(
        r -> r.room(), TreeMap::new, Collectors.summingInt(Reading::value)));
    System.out.println(totals);

    Map<String, Long> counts = readings.stream().collect(Collectors.groupingBy(
        Reading::sensor, () -> new TreeMap<>(), Collectors.counting()));
    System.out.println(counts);

    Map<String, String> sensors = readings.stream().collect(Collectors.groupingBy(
        Reading::room, LinkedHashMap::new,
        Collectors.mapping(Reading::sensor, Collectors.joining("+", "<", ">"))));
    System.out.println(sensors);

    Map<String, Set<String>> kinds = readings.stream().collect(Collectors.groupingBy(
        Reading::room, Collectors.mapping(Reading::sensor, Collectors.toSet())));
    System.out.println(kinds.get("kitchen").size() + " kinds in the kitchen, temp? "
        + kinds.get("kitchen").contains("temp"));

    Map<String, List<Reading>> warm = readings.stream().collect(Collectors.groupingBy(
        Reading::room, TreeMap::new, Collectors.filtering(r -> r.value() > 20, Collectors.toList())));
    System.out.println(warm);

    Map<Boolean, List<String>> hot = readings.stream().collect(Collectors.partitioningBy(
        r -> r.value() >= 23, Collectors.mapping(r -> r.room() + "/" + r.sensor(), Collectors.toList())));
    System.out.println(hot);
    System.out.println("hot: " + hot.get(true) + ", rest: " + hot.get(false).size());

    Map<Boolean, List<Reading>> doors = readings.stream()
        .collect(Collectors.partitioningBy(r -> r.sensor().equals("door")));
    System.out.println(doors.get(true));

    Map<Boolean, Long> split = readings.stream().map(Reading::value)
        .collect(Collectors.partitioningBy(v -> v % 2 == 0, Collectors.counting()));
    System.out.println(split);

    Map<String, Map<String, Long>> nested = readings.stream().collect(Collectors.groupingBy(
        Reading::room, TreeMap::new, Collectors.groupingBy(Reading::sensor, Collectors.counting())));
    System.out.println(nested.get("kitchen").get("temp") + " " + nested.keySet());

    Map<Integer, List<String>> byLength = List.of("a", "bb", "cc", "ddd").stream()
        .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
    System.out.println(byLength);
  }
}
