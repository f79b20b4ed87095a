package ctl;

import dev.jmpy.annotations.MicroPython;

/** Counting for loops: steps up and down, inclusive and exclusive bounds, empty ranges, long counters. */
@MicroPython
public class CountingLoops {
  public static void main(String[] args) {
    String s = "";
    for (int i = 0; i < 10; i += 3) {
      s += i + " ";
    }
    System.out.println("step 3 up: " + s);
    s = "";
    for (int i = 10; i > 0; i -= 4) {
      s += i + " ";
    }
    System.out.println("step 4 down: " + s);
    s = "";
    for (int i = 5; i >= -5; i -= 5) {
      s += i + " ";
    }
    System.out.println("down inclusive: " + s);
    s = "";
    for (int i = -3; i <= 3; i += 2) {
      s += i + " ";
    }
    System.out.println("up inclusive: " + s);
    s = "";
    for (int i = 3; i < 3; i++) {
      s += i;
    }
    for (int i = 0; i > 0; i--) {
      s += i;
    }
    for (int i = 5; i >= 6; i--) {
      s += i;
    }
    System.out.println("empty ranges: [" + s + "]");
    int lo = 2;
    int hi = 7;
    int sum = 0;
    for (int i = hi; i >= lo; i--) {
      sum = sum * 10 + i;
    }
    System.out.println("digits down from hi to lo: " + sum);
    int last = -1;
    for (int i = 0; i < 20; i += 7) {
      last = i;
    }
    System.out.println("last value seen: " + last);
    long big = 0;
    for (long l = 4000000000L; l < 4000000010L; l += 5) {
      big += l;
    }
    System.out.println("long counter sum: " + big);
    String chars = "";
    for (char c = 'z'; c >= 'u'; c--) {
      chars += c;
    }
    System.out.println("chars down: " + chars);
    int count = 0;
    for (int i = 0, j = 10; i < j; i++, j--) {
      count++;
    }
    System.out.println("two counters meet after " + count);
    int steps = 0;
    for (int i = 1; i <= 1000; i *= 3) {
      steps++;
    }
    System.out.println("powers of 3 up to 1000: " + steps);
  }
}
