package ctl;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** return from inside nested for, while, do-while and for-each loops, and from a switch inside a loop. */
@MicroPython
public class EarlyReturns {
  static String findPair(int[] xs, int target) {
    for (int i = 0; i < xs.length; i++) {
      for (int j = i + 1; j < xs.length; j++) {
        if (xs[i] + xs[j] == target) {
          return i + "+" + j;
        }
      }
    }
    return "none";
  }

  static int firstRepeat(String s) {
    int i = 0;
    while (i < s.length()) {
      int j = 0;
      do {
        if (j != i && s.charAt(j) == s.charAt(i)) {
          return i;
        }
        j++;
      } while (j < i);
      i++;
    }
    return -1;
  }

  static String firstLong(List<List<String>> groups, int min) {
    for (List<String> g : groups) {
      for (String w : g) {
        if (w.length() >= min) {
          return w;
        }
      }
    }
    return null;
  }

  static int classify(int[] xs) {
    for (int x : xs) {
      switch (x) {
        case 0:
          continue;
        case 1:
          return 100;
        default:
          if (x < 0) {
            return x;
          }
      }
    }
    return 0;
  }

  public static void main(String[] args) {
    int[] xs = {3, 8, 1, 9, 4};
    System.out.println("pair for 10: " + findPair(xs, 10));
    System.out.println("pair for 13: " + findPair(xs, 13));
    System.out.println("pair for 100: " + findPair(xs, 100));
    System.out.println("first repeat in abcb: " + firstRepeat("abcb"));
    System.out.println("first repeat in abc: " + firstRepeat("abc"));
    List<List<String>> groups = List.of(List.of("a", "bb"), List.of("ccc", "dddd"));
    System.out.println("first of length 3: " + firstLong(groups, 3));
    System.out.println("first of length 9: " + firstLong(groups, 9));
    System.out.println("classify: " + classify(new int[] {0, 5, 1}) + " " + classify(new int[] {0, -7, 1}) + " " + classify(new int[] {0, 0}));
  }
}
