package bench;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collections at work: word counts of 30,000 pseudo-random words in a HashMap, the top 5 by count
 * then word, and a breadth-first search over a 60x60 grid with walls (ArrayDeque, HashMap of
 * distances, List of neighbours).
 */
@MicroPython
public class Collect {
  static final String[] WORDS = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
      "hotel", "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa"};

  public static void main(String[] args) {
    Map<String, Integer> counts = new HashMap<>();
    int seed = 12345;
    for (int i = 0; i < 30_000; i++) {
      seed = (seed * 1101 + 12345) % 65536;
      String word = WORDS[seed / 7 % WORDS.length] + (seed % 7);
      counts.put(word, counts.getOrDefault(word, 0) + 1);
    }
    List<String> words = new ArrayList<>(counts.keySet());
    words.sort((a, b) -> {
      int byCount = Integer.compare(counts.get(b), counts.get(a));
      return byCount != 0 ? byCount : a.compareTo(b);
    });
    StringBuilder top = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      top.append(words.get(i)).append('=').append(counts.get(words.get(i))).append(' ');
    }
    System.out.println("distinct " + counts.size() + ", top " + top.toString().trim());

    int size = 60;
    Map<Integer, Integer> distance = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    distance.put(0, 0);
    queue.add(0);
    while (!queue.isEmpty()) {
      int cell = queue.poll();
      int x = cell % size;
      int y = cell / size;
      List<Integer> next = new ArrayList<>();
      if (x > 0) {
        next.add(cell - 1);
      }
      if (x < size - 1) {
        next.add(cell + 1);
      }
      if (y > 0) {
        next.add(cell - size);
      }
      if (y < size - 1) {
        next.add(cell + size);
      }
      for (int n : next) {
        boolean wall = n % 7 == 3 && n % size != 0;
        if (!wall && !distance.containsKey(n)) {
          distance.put(n, distance.get(cell) + 1);
          queue.add(n);
        }
      }
    }
    int far = size * size - 1;
    System.out.println("reached " + distance.size() + ", to the far corner " + distance.getOrDefault(far, -1));
  }
}
