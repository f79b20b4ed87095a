package ctl;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** Labeled break/continue with for-each over lists and arrays, do-while and while loops. */
@MicroPython
public class LabeledMixedLoops {
  public static void main(String[] args) {
    List<String> words = List.of("apple", "kiwi", "banana", "fig", "cherry");
    String keep = "";
    word:
    for (String w : words) {
      for (int i = 0; i < w.length(); i++) {
        if (w.charAt(i) == 'i') {
          continue word;
        }
      }
      keep += w + " ";
    }
    System.out.println("no i: " + keep);
    int[][] blocks = {{3, 4}, {5, 0, 6}, {7}};
    int total = 0;
    scan:
    for (int[] block : blocks) {
      for (int v : block) {
        if (v == 0) {
          break scan;
        }
        total += v;
      }
    }
    System.out.println("total before zero = " + total);
    int n = 0;
    String seq = "";
    again:
    do {
      n++;
      for (String w : words) {
        if (w.length() == n) {
          seq += w + "@" + n + " ";
          continue again;
        }
      }
      seq += "-" + n + " ";
    } while (n < 6);
    System.out.println(seq);
    int rounds = 0;
    int m = 10;
    shrink:
    while (true) {
      rounds++;
      int step = 0;
      do {
        step++;
        m -= step;
        if (m < 0) {
          break shrink;
        }
      } while (step < 2);
    }
    System.out.println("rounds = " + rounds + ", m = " + m);
  }
}
