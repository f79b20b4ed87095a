package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** EnumMap: iteration and text in ordinal order whatever the insertion order; copies; Map methods. */
@MicroPython
public class EnumMaps {
  enum Day { MON, TUE, WED, THU, FRI }

  public static void main(String[] args) {
    EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
    hours.put(Day.FRI, 4);
    hours.put(Day.MON, 8);
    hours.put(Day.WED, 6);
    System.out.println(hours);
    System.out.println("size " + hours.size() + ", has TUE " + hours.containsKey(Day.TUE)
        + ", WED " + hours.get(Day.WED) + ", THU or 0 " + hours.getOrDefault(Day.THU, 0));
    Integer old = hours.put(Day.MON, 7);
    System.out.println("replaced " + old + " -> " + hours.get(Day.MON));
    int total = 0;
    for (Map.Entry<Day, Integer> e : hours.entrySet()) {
      System.out.println(e.getKey() + " (" + e.getKey().ordinal() + "): " + e.getValue());
      total += e.getValue();
    }
    System.out.println("total " + total);
    hours.remove(Day.FRI);
    for (Day d : hours.keySet()) {
      System.out.print(d + " ");
    }
    System.out.println();
    Map<Day, String> plain = new HashMap<>();
    plain.put(Day.THU, "late");
    plain.put(Day.TUE, "early");
    EnumMap<Day, String> copy = new EnumMap<>(plain);
    copy.put(Day.MON, "first");
    System.out.println(copy);
  }
}
