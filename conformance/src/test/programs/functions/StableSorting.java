package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** list.sort(cmp) and Collections.sort(list, cmp) are stable: equal keys keep their input order. */
@MicroPython
public class StableSorting {
  record Card(int rank, String suit) {}

  public static void main(String[] args) {
    List<Card> cards = new ArrayList<>();
    String[] suits = {"s", "h", "d", "c"};
    for (int i = 0; i < 16; i++) {
      cards.add(new Card((i * 7) % 5, suits[i % 4] + i));
    }
    cards.sort((a, b) -> a.rank() - b.rank());
    StringBuilder sb = new StringBuilder();
    for (Card c : cards) {
      sb.append(c.rank()).append(c.suit()).append(' ');
    }
    System.out.println("by rank: " + sb);
    List<String> words = new ArrayList<>(List.of("bb", "a", "ccc", "dd", "e", "fff", "gg", "h"));
    Collections.sort(words, (x, y) -> x.length() - y.length());
    System.out.println("by length: " + words);
    Collections.sort(words, (x, y) -> y.length() - x.length());
    System.out.println("by length desc: " + words);
    List<Integer> nums = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      nums.add((i * 13) % 20);
    }
    nums.sort((a, b) -> (a % 3) - (b % 3));
    System.out.println("by mod 3: " + nums);
    List<Integer> big = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      big.add((i * 37) % 101);
    }
    big.sort((a, b) -> Integer.compare(a / 10, b / 10));
    boolean stable = true;
    for (int i = 1; i < big.size(); i++) {
      if (big.get(i - 1) / 10 > big.get(i) / 10) {
        stable = false;
      }
    }
    System.out.println("big sorted by tens: " + stable + " first " + big.get(0) + " " + big.get(1) + " " + big.get(2) + " last " + big.get(199));
  }
}
