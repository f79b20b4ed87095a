package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * instanceof and case of Long on values seen as Object: timestamps and counters kept as longs in a
 * Map<String, Object> and an Object[]. The program lets no int, short or byte be seen as Object,
 * so the test is exact (lang/IntegerBoxTests: the other way round).
 */
@MicroPython
public class LongBoxTests {
  static String describe(Object o) {
    return switch (o) {
      case null -> "nothing";
      case Long l when l > 1_000_000_000_000L -> "timestamp " + l;
      case Long l -> "count " + l;
      case String s -> "label " + s;
      default -> "other " + o;
    };
  }

  public static void main(String[] args) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("at", 1_700_000_000_123L);
    event.put("retries", 3L);
    event.put("source", "door");
    event.put("armed", true);
    event.put("missing", null);
    long total = 0;
    for (Map.Entry<String, Object> e : event.entrySet()) {
      System.out.println(e.getKey() + ": " + describe(e.getValue()));
      if (e.getValue() instanceof Long l) {
        total += l;
      }
    }
    System.out.println("total " + total);

    Object[] values = {Long.MAX_VALUE, Long.MIN_VALUE, "x", 0L, false};
    int longs = 0;
    for (Object v : values) {
      if (v instanceof Long) {
        longs++;
      }
    }
    System.out.println(longs + " longs of " + values.length);

    List<Object> mixed = new ArrayList<>();
    mixed.add(-5L);
    mixed.add("five");
    Object first = mixed.get(0);
    System.out.println((first instanceof Long n ? "long " + (n * 2) : "not a long")
        + " " + (mixed.get(1) instanceof Long));
  }
}
