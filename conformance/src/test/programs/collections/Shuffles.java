package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

/** Collections.shuffle with a seeded Random: Java's order on both sides; without one, a permutation. */
@MicroPython
public class Shuffles {
  public static void main(String[] args) {
    Random rnd = new Random(2024);
    List<Integer> deck = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      deck.add(i);
    }
    Collections.shuffle(deck, rnd);
    System.out.println(deck);
    Collections.shuffle(deck, rnd);
    System.out.println(deck + " next " + rnd.nextInt(100));
    List<String> names = new LinkedList<>(List.of("ada", "bob", "cy", "dee", "eve", "flo"));
    Collections.shuffle(names, new Random(7));
    System.out.println(names);
    List<Integer> unseeded = new ArrayList<>(List.of(3, 1, 2));
    Collections.shuffle(unseeded);
    Collections.sort(unseeded);
    System.out.println("still a permutation: " + unseeded);
  }
}
