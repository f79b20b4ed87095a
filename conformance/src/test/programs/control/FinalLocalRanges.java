package ctl;

import dev.jmpy.annotations.MicroPython;

/**
 * Locals never assigned after their initializer keep its range (no wrap where it cannot
 * overflow); locals assigned again, and fields a counter's name shadows, do not.
 */
@MicroPython
public class FinalLocalRanges {
  static int x = 3_000_000;
  static final String[] NAMES = {"temp", "humidity", "pressure"};
  static final int[] NONE = {};

  public static void main(String[] args) {
    long total = 0;
    for (int i = 0; i < 2000; i++) {
      int value = (i * 37) % 1000;
      total += value * 100 / 999;
    }
    System.out.println("percentages: " + total);

    int v = 5;
    int before = v * 1000;
    v = 3_000_000;
    System.out.println("assigned again: " + before + " " + v * 1000);

    int a = x * 2;
    int t = 0;
    for (int x = 0; x < 3; x++) {
      t += a * 1000 + x; // a is the field's x * 2, not the counter's
    }
    System.out.println("a field the counter shadows: " + a + " " + t);

    int size = 60;
    int far = size * size - 1;
    int cell = -61;
    System.out.println("from a final size: " + far + " " + cell % size + " " + cell / size);

    int counted = 0;
    for (int k = 0; k < 5; k++) {
      int step = k * k;
      int doubled = step + step;
      counted += doubled % 7;
    }
    System.out.println("chained locals: " + counted);

    StringBuilder names = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      names.append(NAMES[i % NAMES.length].charAt(0)).append(i / NAMES.length);
    }
    try {
      names.append(5 % NONE.length);
    } catch (ArithmeticException e) {
      names.append(' ').append(e.getMessage());
    }
    System.out.println("a final array's length: " + names);

    int acc = 0;
    int shadowed = 0;
    for (int i = 0; i < 3; i++) {
      {
        int d = 1_000_000;
        acc += d;
      }
      int sofar = acc;
      for (int d = 0; d < 2; d++) {
        shadowed += sofar * 1000; // this d is not the step's d
      }
    }
    System.out.println("a counter named as another local: " + acc + " " + shadowed);
  }
}
