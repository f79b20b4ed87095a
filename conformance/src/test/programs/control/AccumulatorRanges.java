package ctl;

import dev.jmpy.annotations.MicroPython;
import java.util.List;

/**
 * Locals that only grow or shrink inside one loop: bounded by the loop's passes where it has a
 * known number of them, wrapped as Java wraps where it does not, or where the steps add up past
 * the type.
 */
@MicroPython
public class AccumulatorRanges {
  static final int LIMIT = 1000;

  public static void main(String[] args) {
    int count = 0;
    long sum = 0;
    int down = 10;
    for (int i = 2; i <= LIMIT; i++) {
      if (i % 3 != 0) {
        count++;
        sum += i;
        down--;
      }
    }
    System.out.println("counted: " + count + " " + sum + " " + down);

    String[] words = "a,bb,,ccc,dddd".split(",");
    int letters = 0;
    int empty = 0;
    long weighted = 0;
    for (String w : words) {
      letters += w.length();
      if (w.isEmpty()) {
        empty++;
      }
      weighted += (long) w.length() * 1_000_000_000;
    }
    System.out.println("over an array: " + letters + " " + empty + " " + weighted);

    int again = 0;
    for (int r = 0; r < 3; r++) {
      for (int i = 0; i < 5; i++) {
        again += 1_000_000_000; // the inner loop runs three times: wraps
      }
    }
    System.out.println("a loop inside another: " + again);

    int big = 0;
    for (int i = 0; i < 10; i++) {
      big += 300_000_000; // ten steps add up past MAX_VALUE
    }
    System.out.println("steps past the type: " + big);

    int doubled = 1;
    for (int i = 0; i < 40; i++) {
      doubled += doubled;
    }
    System.out.println("doubling: " + doubled);

    int wrapped = 0;
    int seen = 0;
    for (int i = Integer.MAX_VALUE - 2; i <= Integer.MAX_VALUE; i++) {
      wrapped += 1_000_000_000; // the loop has no known end
      if (++seen == 5) {
        break;
      }
    }
    System.out.println("a loop without a known end: " + wrapped);

    int nested = 0;
    for (int i = 0; i < 100; i++) {
      nested++;
      for (int j = 0; j < 3; j++) {
        seen = nested * 30_000_000; // read in a nested loop
      }
    }
    System.out.println("read in a nested loop: " + nested + " " + seen);

    int fromList = 0;
    for (int v : List.of(2_000_000_000, 2_000_000_000)) {
      fromList += v;
    }
    System.out.println("over a list: " + fromList);

    int product = 1;
    for (int i = 1; i <= 20; i++) {
      product *= i;
    }
    System.out.println("a product: " + product);
  }
}
