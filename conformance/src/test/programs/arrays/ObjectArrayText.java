package arrays;

import dev.jmpy.annotations.MicroPython;
import java.util.Arrays;
import java.util.Map;

/** Arrays.toString of object arrays by their component type: Characters, Objects, T, entries. */
@MicroPython
public class ObjectArrayText {
  static <T> String show(T[] items) {
    return Arrays.toString(items);
  }

  public static void main(String[] args) {
    Character[] letters = {'d', 'a', null, 'c'};
    System.out.println(Arrays.toString(letters));
    Character[] sorted = {'d', 'a', 'c'};
    Arrays.sort(sorted);
    System.out.println(Arrays.toString(sorted));
    Object[] mixed = {1, "two", null, true, Map.entry("k", 3), new int[0].length};
    System.out.println(Arrays.toString(mixed));
    Integer[] numbers = {3, 1, 2};
    System.out.println(show(numbers) + " " + show(new String[] {"x", null}));
    Character[] none = null;
    System.out.println(Arrays.toString(none));
  }
}
