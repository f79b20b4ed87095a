package classes;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Anonymous classes implementing functional interfaces (Comparator, Runnable, Function): passed
 * to sort, called through the interface, held in fields, with state of their own.
 */
@MicroPython
public class AnonymousComparator {
  static int runs;

  static final Comparator<String> BY_LENGTH = new Comparator<String>() {
    @Override
    public int compare(String a, String b) {
      return Integer.compare(a.length(), b.length());
    }
  };

  public static void main(String[] args) {
    List<String> words = new ArrayList<>(List.of("pear", "fig", "banana", "kiwi", "apple"));
    words.sort(BY_LENGTH);
    System.out.println("by length: " + words);

    Collections.sort(words, new Comparator<>() {
      @Override
      public int compare(String a, String b) {
        return b.compareTo(a);
      }
    });
    System.out.println("reversed: " + words);

    // var keeps the anonymous class's own type: its field and toString are reachable.
    var counting = new Comparator<String>() {
      int calls;

      @Override
      public int compare(String a, String b) {
        calls++;
        return a.charAt(a.length() - 1) - b.charAt(b.length() - 1);
      }

      @Override
      public String toString() {
        return "counting comparator, " + (calls > 0 ? "used" : "unused");
      }
    };
    System.out.println(counting.toString());
    words.sort(counting);
    System.out.println("by last letter: " + words + ", " + counting + ", called: " + (counting.calls > 0));
    System.out.println("compare directly: " + counting.compare("ab", "ba"));

    Runnable hello = new Runnable() {
      @Override
      public void run() {
        System.out.println("run: hello");
      }
    };
    hello.run();
    for (int i = 0; i < 2; i++) {
      hello.run();
    }

    java.util.function.Function<Integer, Integer> twice = new java.util.function.Function<>() {
      @Override
      public Integer apply(Integer x) {
        return 2 * x;
      }
    };
    System.out.println("apply: " + twice.apply(21));
    Runnable other = new Runnable() {
      @Override
      public void run() {
        System.out.println("run: other");
      }
    };
    other.run();
    System.out.println("distinct objects: " + (hello != other));

    Runnable counted = new Runnable() {
      @Override
      public void run() {
        runs++;
      }
    };
    Runnable byTen = () -> {
      runs += 10;
    };
    counted.run();
    byTen.run();
    counted.run();
    System.out.println("runs " + runs);
  }
}
