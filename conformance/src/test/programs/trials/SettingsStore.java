package trials;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A program written the way a Java developer writes one, without reading jmpy's support table
 * first (a user-style trial of 2026-12-08). What it stopped at was fixed in jmpy; the program was
 * edited only where jmpy rejects on principle (a char or double seen as Object or float text).
 */
@MicroPython
public class SettingsStore {
  private final Map<String, Object> values = new TreeMap<>();

  public void load(String text) {
    for (String line : text.split("\n")) {
      line = line.trim();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int eq = line.indexOf('=');
      if (eq < 0) {
        System.out.println("bad line: " + line);
        continue;
      }
      String key = line.substring(0, eq).trim();
      String raw = line.substring(eq + 1).trim();
      values.put(key, parseValue(raw));
    }
  }

  static Object parseValue(String raw) {
    if (raw.equals("true") || raw.equals("false")) return Boolean.valueOf(raw);
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      // not an int
    }
    if (raw.startsWith("[") && raw.endsWith("]")) {
      List<Object> items = new ArrayList<>();
      for (String part : raw.substring(1, raw.length() - 1).split(",")) {
        items.add(parseValue(part.trim()));
      }
      return items;
    }
    return raw;
  }

  public int getInt(String key, int fallback) {
    Object v = values.get(key);
    if (v instanceof Integer i) return i;
    if (v instanceof String s) {
      System.out.println("warning: " + key + " is text '" + s + "', using " + fallback);
    }
    return fallback;
  }

  public boolean getFlag(String key) {
    return values.get(key) instanceof Boolean b && b;
  }

  public String describe(String key) {
    Object v = values.get(key);
    String type;
    if (v == null) type = "missing";
    else if (v instanceof Integer) type = "int";
    else if (v instanceof Boolean) type = "bool";
    else if (v instanceof String) type = "string";
    else type = "other";
    return key + " -> " + v + " (" + type + ")";
  }

  public static void main(String[] args) {
    SettingsStore s = new SettingsStore();
    s.load("""
        # pump controller
        interval = 250
        name = north pump
        enabled = true
        limits = [10, 90, high]
        offset = -3
        big = 99999999999
        broken line
        """);
    for (String key : new String[] {"interval", "name", "enabled", "limits", "offset", "big", "nope"}) {
      System.out.println(s.describe(key));
    }
    System.out.println("interval*2 = " + s.getInt("interval", 100) * 2);
    System.out.println("name as int = " + s.getInt("name", 7));
    System.out.println("enabled = " + s.getFlag("enabled") + ", name flag = " + s.getFlag("name"));
    Map<String, Integer> counts = new HashMap<>();
    for (String k : List.of("interval", "offset", "name", "big")) {
      Object v = s.values.get(k);
      String kind = switch (v) {
        case Integer i when i < 0 -> "negative";
        case Integer i -> "positive";
        case String str -> "text";
        default -> "other";
      };
      counts.merge(kind, 1, Integer::sum);
    }
    System.out.println(new TreeMap<>(counts));
  }
}
