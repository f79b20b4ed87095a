import dev.jmpy.annotations.MicroPython;

/** Counting loops: which become ranges, and which counters need neither a wrap nor a guard. */
@MicroPython
public class CountingLoops {
  static final int LIMIT = 1000;

  /** A constant bound, a step read from the outer counter, and i * i <= LIMIT. */
  static int primes() {
    boolean[] composite = new boolean[LIMIT + 1];
    for (int i = 2; i * i <= LIMIT; i++) {
      if (!composite[i]) {
        for (int j = i * i; j <= LIMIT; j += i) {
          composite[j] = true;
        }
      }
    }
    int count = 0;
    for (int i = 2; i <= LIMIT; i++) {
      if (!composite[i]) {
        count++;
      }
    }
    return count;
  }

  /** A counter that never goes below 0 indexes and divides as Python does. */
  static int digits(int[] values, int step) {
    int total = 0;
    for (int i = values.length - 1; i >= 0; i--) {
      total += values[i] % 10 + i % 3 + i / 2;
    }
    for (int i = 0; i <= values.length - 1; i++) {
      total -= values[i] / 4;
    }
    for (int i = 0; i < values.length; i += 2) {
      total += values[i];
    }
    if (step > 0) {
      for (int i = 0; i < values.length; i += step) {
        total += values[i]; // step is any positive int: i += step can wrap, so no range
      }
    }
    return total;
  }

  /** A local never assigned again keeps its initializer's range: value * 100 cannot overflow. */
  static int percentages(int rows) {
    int total = 0;
    for (int i = 0; i < rows; i++) {
      int value = (i * 37) % 1000; // i * 37 may wrap: value may be negative
      total += value * 100 / 999;
    }
    for (int i = 0; i < 20_000; i++) {
      int value = (i * 37) % 1000;
      total += value * 100 / 999;
    }
    return total;
  }

  /** A while loop's counter, incremented once per pass: no wrap, no guard. */
  static int evens(int[] values) {
    int total = 0;
    int i = 0;
    while (i < values.length) {
      if (values[i] % 2 == 0) {
        total += i / 2;
      }
      i++;
    }
    return total + i;
  }

  /** n may be Integer.MAX_VALUE: Java's i <= n then never ends, so the loop stays a while. */
  static int upTo(int n) {
    int total = 0;
    for (int i = 0; i <= n; i++) {
      total += i;
      if (total > 100) {
        break;
      }
    }
    return total;
  }

  static int downTo(int n) {
    int total = 0;
    for (int i = 10; i >= n; i--) {
      total++;
      if (total > 100) {
        break;
      }
    }
    return total;
  }
}
