package objects;

import dev.jmpy.annotations.MicroPython;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EnumSet's factories (of, noneOf, allOf, range, copyOf) and its Set methods in ordinal order,
 * values() a new array each call, valueOf's IllegalArgumentException, EnumMap in ordinal order,
 * switch with qualified enum case labels (Java 21).
 */
@MicroPython
public class EnumSets {
  enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

  public static void main(String[] args) {
    EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
    System.out.println(weekend + " " + weekend.size() + " " + weekend.contains(Day.SAT)
        + " " + weekend.contains(Day.MON));
    EnumSet<Day> none = EnumSet.noneOf(Day.class);
    System.out.println(none + " " + none.isEmpty() + " " + none.add(Day.WED) + " " + none.add(Day.MON)
        + " " + none.add(Day.WED) + " " + none);
    Set<Day> all = EnumSet.allOf(Day.class);
    System.out.println(all.size() + " " + all);
    System.out.println(all.remove(Day.MON) + " " + all.add(Day.MON) + " " + all.add(Day.MON) + " " + all);
    EnumSet<Day> work = EnumSet.range(Day.MON, Day.FRI);
    System.out.println(work + " " + work.remove(Day.WED) + " " + work.remove(Day.SUN) + " " + work);
    for (Day d : work) {
      System.out.print(d.ordinal() + ";");
    }
    System.out.println();
    EnumSet<Day> copy = EnumSet.copyOf(List.of(Day.THU, Day.MON, Day.THU));
    System.out.println(copy + " " + copy.contains(Day.MON));
    Day[] first = Day.values();
    Day[] second = Day.values();
    first[0] = Day.SUN;
    System.out.println(first[0] + " " + second[0] + " " + Day.values()[0] + " " + (first != second));
    System.out.println(Day.valueOf("WED").ordinal() + " " + Day.WED.compareTo(Day.FRI) + " "
        + Day.SUN.compareTo(Day.MON) + " " + Day.TUE.name() + " " + Day.TUE.equals(Day.TUE));
    try {
      Day.valueOf("Wed");
    } catch (IllegalArgumentException e) {
      System.out.println("bad: " + e.getMessage());
    }
    try {
      EnumSet.range(Day.FRI, Day.MON);
    } catch (IllegalArgumentException e) {
      System.out.println("range: " + e.getMessage());
    }
    Map<Day, Integer> hours = new EnumMap<>(Day.class);
    hours.put(Day.FRI, 6);
    hours.put(Day.MON, 8);
    hours.put(Day.WED, 7);
    System.out.println(hours + " " + hours.get(Day.WED) + " " + hours.containsKey(Day.SUN));
    for (Map.Entry<Day, Integer> e : hours.entrySet()) {
      System.out.print(e.getKey() + "=" + e.getValue() + " ");
    }
    System.out.println();
    switch (Day.SAT) {
      case Day.SAT, Day.SUN -> System.out.println("rest");
      default -> System.out.println("work");
    }
    String kind = switch (Day.TUE) {
      case Day.MON -> "start";
      case TUE, WED, THU -> "middle";
      default -> "end";
    };
    System.out.println(kind);
  }
}
