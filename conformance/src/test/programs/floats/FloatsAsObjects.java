package floats;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Floats seen as Object, as a type variable, as Number and in collections print as Float.toString;
 * instanceof Float and Number tell them apart from ints.
 */
@MicroPython
public class FloatsAsObjects {
  record Reading<T>(String sensor, T value) {}

  static <T> String show(T value) {
    return "<" + value + ">";
  }

  static String any(Object o) {
    return String.valueOf(o);
  }

  public static void main(String[] args) {
    float third = 1f / 3;
    List<Float> samples = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      samples.add(i * 0.1f);
    }
    System.out.println(samples);
    System.out.println(show(third) + " " + show(1e10f) + " " + show(-0.0f) + " " + any(0.001f));
    System.out.println(new Reading<>("temp", 21.5f) + " " + new Reading<>("count", 3));
    Map<String, Float> levels = new LinkedHashMap<>();
    levels.put("low", 0.25f);
    levels.put("high", 1e8f);
    System.out.println(levels + " " + levels.entrySet());
    Number n = 2.5f / 3;
    Object o = Float.NaN;
    System.out.println(n + " " + o + " " + List.of(Float.POSITIVE_INFINITY, 1.0E-5f));
    for (Object v : List.of(1.5f, 2, "3")) {
      String kind = v instanceof Float f ? "float " + (f * 2) : v instanceof Number ? "number" : "text";
      System.out.println(kind);
    }
    Object nan = Float.NaN;
    Object zero = 0.0f;
    System.out.println(nan.equals(Float.NaN) + " " + zero.equals(-0.0f) + " " + zero.equals(0.0f));
  }
}
