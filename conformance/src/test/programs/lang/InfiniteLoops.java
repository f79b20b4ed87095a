package lang;

import dev.jmpy.annotations.MicroPython;

/** for (;;) and while (true) left by break and return. */
@MicroPython
public class InfiniteLoops {
  static int firstSquareAbove(int n) {
    int i = 0;
    for (;;) {
      if (i * i > n) {
        return i * i;
      }
      i++;
    }
  }

  public static void main(String[] args) {
    System.out.println("firstSquareAbove(50) = " + firstSquareAbove(50));
    int steps = 0;
    for (;;) {
      steps++;
      if (steps == 5) {
        break;
      }
    }
    System.out.println("steps = " + steps);
    int x = 1;
    while (true) {
      x *= 3;
      if (x > 100) {
        break;
      }
      if (x % 2 == 1) {
        continue;
      }
      x = 0;
    }
    System.out.println("x = " + x);
    int k = 0;
    do {
      k += 7;
    } while (k % 5 != 0);
    System.out.println("k = " + k);
  }
}
