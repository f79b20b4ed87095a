package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * instanceof and case of Integer on values seen as Object: a tiny JSON-like reader that returns
 * Integer, String, Boolean, Float and list values, and code that walks them. The program lets
 * no long, short or byte be seen as Object, so the test is exact (lang/LongBoxTests: the other way
 * round; JMPY181 rejects a program doing both).
 */
@MicroPython
public class IntegerBoxTests {
  record Pair(Object left, Object right) {}

  record Reading(String sensor, Integer value) {}

  record Items(List<Object> values) {}

  static int pos;

  static Object parse(String s) {
    char c = s.charAt(pos);
    if (c == '[') {
      pos++;
      List<Object> items = new ArrayList<>();
      while (s.charAt(pos) != ']') {
        items.add(parse(s));
        if (s.charAt(pos) == ',') {
          pos++;
        }
      }
      pos++;
      return new Items(items);
    }
    if (c == '"') {
      int end = s.indexOf('"', pos + 1);
      String text = s.substring(pos + 1, end);
      pos = end + 1;
      return text;
    }
    int start = pos;
    while (pos < s.length() && ",]".indexOf(s.charAt(pos)) < 0) {
      pos++;
    }
    String word = s.substring(start, pos);
    if (word.equals("true") || word.equals("false")) {
      return Boolean.parseBoolean(word);
    }
    if (word.equals("null")) {
      return null;
    }
    if (word.contains(".")) {
      return Float.parseFloat(word);
    }
    return Integer.parseInt(word);
  }

  static String describe(Object o) {
    return switch (o) {
      case null -> "null";
      case Integer i when i < 0 -> "negative int " + i;
      case Integer i -> "int " + i + (i > 1000 ? " (big)" : "");
      case String s -> "text '" + s + "'";
      case Boolean b -> "flag " + b;
      case Float f -> "float " + f;
      case Items list -> "list of " + list.values().size();
      default -> "other " + o;
    };
  }

  static int sumInts(Object o) {
    if (o instanceof Integer i) {
      return i;
    }
    int total = 0;
    if (o instanceof Items(var values)) {
      for (Object item : values) {
        total += sumInts(item);
      }
    }
    return total;
  }

  static String pair(Pair p) {
    if (p instanceof Pair(Integer a, Integer b)) {
      return "two ints, sum " + (a + b);
    }
    if (p instanceof Pair(Integer a, var b)) {
      return "int " + a + " and " + b;
    }
    return "no int first: " + p;
  }

  public static void main(String[] args) {
    Object doc = parse("[1,-7,\"seven\",[2,3,[40000]],true,null,2.5,2147483647,-2147483648]");
    for (Object item : ((Items) doc).values()) {
      System.out.println(describe(item) + " | Integer? " + (item instanceof Integer)
          + " | Number? " + (item instanceof Number));
    }
    System.out.println("sum of ints: " + sumInts(doc));

    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("interval", 250);
    settings.put("name", "pump");
    settings.put("enabled", false);
    settings.put("gain", 1.5f);
    int ints = 0;
    for (Map.Entry<String, Object> e : settings.entrySet()) {
      if (e.getValue() instanceof Integer n) {
        ints++;
        System.out.println(e.getKey() + " is an int: " + (n * 2));
      } else {
        System.out.println(e.getKey() + " is not an int: " + e.getValue());
      }
    }
    System.out.println(ints + " int setting(s)");

    System.out.println(pair(new Pair(3, 4)));
    System.out.println(pair(new Pair(3, "x")));
    System.out.println(pair(new Pair("x", 3)));
    System.out.println(pair(new Pair(true, 3)));

    Reading r = new Reading("t1", 21);
    Object seen = r;
    if (seen instanceof Reading(String name, Integer value)) {
      System.out.println(name + " reads " + value);
    }
    Object character = "c";
    Object flag = Boolean.TRUE;
    System.out.println((character instanceof Integer) + " " + (flag instanceof Integer));
  }
}
