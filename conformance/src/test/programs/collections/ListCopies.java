package colls;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** new ArrayList<>(c) copies, List.of and Arrays.asList contents, aliasing through two variables. */
@MicroPython
public class ListCopies {
  static void appendTo(List<Integer> target, int v) {
    target.add(v);
  }

  public static void main(String[] args) {
    List<Integer> fixed = List.of(3, 1, 2);
    List<Integer> copy = new ArrayList<>(fixed);
    copy.add(4);
    System.out.println("List.of: " + fixed + " copy: " + copy);
    List<String> words = Arrays.asList("x", "y", "z");
    System.out.println("asList: " + words + " size " + words.size() + " get(1) " + words.get(1));
    List<String> wordCopy = new ArrayList<>(words);
    wordCopy.set(0, "X");
    System.out.println("copy changed: " + wordCopy + " original: " + words);
    List<Integer> alias = copy;
    alias.add(5);
    appendTo(copy, 6);
    System.out.println("alias sees: " + alias + " copy sees: " + copy + " same: " + (alias == copy));
    List<Integer> empty = List.of();
    System.out.println("empty List.of: " + empty + " " + empty.isEmpty());
    List<List<Integer>> nested = new ArrayList<>();
    nested.add(new ArrayList<>(List.of(1, 2)));
    nested.add(List.of());
    nested.get(1 - 1).add(3);
    System.out.println("nested: " + nested);
  }
}
