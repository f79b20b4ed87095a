package fail;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;

/** An IndexOutOfBoundsException from a helper (StringBuilder.setCharAt checks Java's bounds). */
@MicroPython
public class Shelf {
  private final StringBuilder labels = new StringBuilder();

  void add(String label) {
    labels.append(label);
  }

  void empty(int slot) {
    labels.setCharAt(slot, '-');
  }

  public static void main(String[] args) {
    Shelf shelf = new Shelf();
    shelf.add("abc");
    List<Integer> slots = new ArrayList<>(List.of(0, 2, 7));
    for (int slot : slots) {
      shelf.empty(slot);
      System.out.println("emptied slot " + slot);
    }
  }
}
