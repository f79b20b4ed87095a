package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** removeIf on sets and on a map's keySet, values and entrySet (which remove the entries). */
@MicroPython
public class RemoveIfViews {
  public static void main(String[] args) {
    Set<Integer> odd = new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7));
    odd.removeIf(n -> n % 2 == 0);
    System.out.println("odd " + odd);

    Set<String> words = new LinkedHashSet<>(List.of("a", "bb", "ccc", "dd", "e"));
    words.removeIf(w -> w.length() == 2);
    System.out.println("words " + words);

    Set<Integer> hashed = new HashSet<>(List.of(10, 20, 30));
    hashed.removeIf(n -> n > 15);
    System.out.println("hashed " + hashed);

    Map<String, Integer> stock = new LinkedHashMap<>();
    stock.put("pears", 0);
    stock.put("figs", 3);
    stock.put("kiwis", 0);
    stock.put("plums", 8);
    stock.values().removeIf(v -> v == 0);
    System.out.println("values removeIf " + stock);
    stock.keySet().removeIf(k -> k.startsWith("p"));
    System.out.println("keySet removeIf " + stock);

    TreeMap<Integer, String> squares = new TreeMap<>();
    for (int i = 1; i <= 6; i++) {
      squares.put(i * i, "sq" + i);
    }
    squares.entrySet().removeIf(e -> e.getKey() % 2 == 1 || e.getValue().equals("sq4"));
    System.out.println("entrySet removeIf " + squares);
  }
}
