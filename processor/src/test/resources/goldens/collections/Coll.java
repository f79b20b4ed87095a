import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@MicroPython
public class Coll {
  public static void main(String[] args) {
    List<String> names = new ArrayList<>();
    names.add("bob");
    names.add("al");
    names.add(0, "zed");
    System.out.println(names + " " + names.size() + " " + names.get(1) + " " + names.contains("al") + " " + names.indexOf("x"));
    names.set(1, "BOB");
    names.remove(2);
    System.out.println(names);
    List<Integer> nums = new ArrayList<>(List.of(3, 1, 2));
    java.util.Collections.sort(nums);
    System.out.println(nums + " " + nums.isEmpty());
    Map<String, Integer> ages = new LinkedHashMap<>();
    ages.put("x", 1);
    ages.put("a", 2);
    ages.put("x", 3);
    System.out.println(ages + " " + ages.get("a") + " " + ages.get("nope") + " " + ages.getOrDefault("q", 9));
    for (Map.Entry<String, Integer> e : ages.entrySet()) {
      System.out.println(e.getKey() + "=" + e.getValue());
    }
    Map<Integer, List<Boolean>> nested = new HashMap<>();
    nested.put(1, new ArrayList<>());
    nested.get(1).add(true);
    System.out.println(nested);
    StringBuilder sb = new StringBuilder("a");
    sb.append(1).append(true).append('c').append("d");
    System.out.println(sb + " " + sb.length() + " " + sb.toString());
    List<String> empty = new ArrayList<>();
    empty.add(null);
    System.out.println(empty);
  }
}
