package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** list.forEach, map.forEach with (k, v), removeIf with captured values, on lists of ints, Strings, records. */
@MicroPython
public class ForEachRemoveIf {
  record Task(String name, int priority, boolean done) {}

  public static void main(String[] args) {
    List<Integer> nums = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      nums.add(i);
    }
    nums.forEach(n -> System.out.print(n + " "));
    System.out.println();
    nums.removeIf(n -> n % 3 == 0);
    System.out.println("without multiples of 3: " + nums);
    int threshold = 6;
    nums.removeIf(n -> n > threshold);
    System.out.println("at most " + threshold + ": " + nums);
    List<String> sum = new ArrayList<>();
    nums.forEach(n -> {
      int sq = n * n;
      sum.add(n + "^2=" + sq);
    });
    System.out.println(sum);
    Map<String, Integer> ages = new LinkedHashMap<>();
    ages.put("zoe", 31);
    ages.put("adam", 25);
    ages.put("eve", 40);
    ages.forEach((name, age) -> System.out.println(name + " is " + age));
    StringBuilder older = new StringBuilder();
    ages.forEach((k, v) -> {
      if (v > 30) {
        older.append(k).append(';');
      }
    });
    System.out.println("older than 30: " + older);
    List<Task> tasks = new ArrayList<>();
    tasks.add(new Task("write", 2, false));
    tasks.add(new Task("test", 1, true));
    tasks.add(new Task("ship", 3, false));
    tasks.add(new Task("plan", 1, true));
    tasks.removeIf(Task::done);
    tasks.forEach(t -> System.out.println("open task " + t.name() + " p" + t.priority()));
    List<String> words = new ArrayList<>(List.of("", "a", " ", "bb", ""));
    words.removeIf(String::isEmpty);
    System.out.println("non-empty: " + words.size() + " " + words);
    List<Integer> none = new ArrayList<>();
    none.removeIf(n -> true);
    none.forEach(n -> System.out.println("never"));
    System.out.println("empty still " + none);
  }
}
