package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** A small program: an index of words to the sorted line numbers they occur on. */
@MicroPython
public class SortedWordIndex {
  private final SortedMap<String, Set<Integer>> index = new TreeMap<>();

  void addLine(int number, String line) {
    for (String word : line.toLowerCase().split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      Set<Integer> lines = index.get(word);
      if (lines == null) {
        lines = new TreeSet<>();
        index.put(word, lines);
      }
      lines.add(number);
    }
  }

  String describe() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Set<Integer>> e : index.entrySet()) {
      out.append(e.getKey()).append(' ').append(e.getValue().size()).append(';');
    }
    return out.toString();
  }

  public static void main(String[] args) {
    SortedWordIndex idx = new SortedWordIndex();
    String[] text = {
        "the cat sat on the mat",
        "The dog sat",
        "a cat and a dog",
        "mat  on mat",
    };
    for (int i = 0; i < text.length; i++) {
      idx.addLine(i + 1, text[i]);
    }
    System.out.println(idx.index);
    System.out.println(idx.describe());
    System.out.println("first word " + idx.index.firstKey() + ", last " + idx.index.lastKey());
    List<String> once = new ArrayList<>();
    for (String w : idx.index.keySet()) {
      if (idx.index.get(w).size() == 1) {
        once.add(w);
      }
    }
    System.out.println("on one line only " + once);
    System.out.println("words from 'd' to 'o' " + idx.index.subMap("d", "o").keySet());
    Map<Integer, List<String>> byCount = new TreeMap<>();
    for (Map.Entry<String, Set<Integer>> e : idx.index.entrySet()) {
      int n = e.getValue().size();
      if (!byCount.containsKey(n)) {
        byCount.put(n, new ArrayList<>());
      }
      byCount.get(n).add(e.getKey());
    }
    System.out.println("by number of lines " + byCount);
  }
}
