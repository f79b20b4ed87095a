package lang;

import dev.jmpy.annotations.MicroPython;

/** for, while, do-while, break and continue. */
@MicroPython
public class Loops {
  public static void main(String[] args) {
    int total = 0;
    for (int i = 0; i < 10; i++) {
      if (i % 3 == 0) {
        continue;
      }
      total += i;
    }
    System.out.println("for: " + total);
    int n = 27;
    int steps = 0;
    while (n != 1) {
      n = n % 2 == 0 ? n / 2 : 3 * n + 1;
      steps++;
    }
    System.out.println("collatz steps: " + steps);
    int k = 0;
    do {
      k += 5;
    } while (k < 12);
    System.out.println("do-while: " + k);
    for (int i = 10; i >= 0; i -= 4) {
      System.out.println("down " + i);
      if (i < 5) {
        break;
      }
    }
  }
}
