package lang;

import dev.jmpy.annotations.MicroPython;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** String conversion of a Map.Entry: key=value, in concatenation and println; a null entry. */
@MicroPython
public class EntryText {
  public static void main(String[] args) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("apples", 3);
    counts.put("pears", 0);
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      System.out.println("entry " + e);
      System.out.println(e);
    }
    Map<Integer, List<String>> groups = new LinkedHashMap<>();
    groups.put(1, List.of("one", "uno"));
    for (Map.Entry<Integer, List<String>> g : groups.entrySet()) {
      String text = "group " + g + "!";
      System.out.println(text);
    }
    Map.Entry<String, Integer> none = null;
    System.out.println("none " + none);
  }
}
