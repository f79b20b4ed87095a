package lang;

import dev.jmpy.annotations.MicroPython;

/** while loops with break and continue. */
@MicroPython
public class WhileBreakContinue {
  public static void main(String[] args) {
    int i = 0;
    int sum = 0;
    while (true) {
      i++;
      if (i > 100) {
        break;
      }
      if (i % 7 != 0) {
        continue;
      }
      sum += i;
    }
    System.out.println("sum of multiples of 7 up to 100 = " + sum);
    int n = 27;
    int steps = 0;
    while (n != 1) {
      if (n % 2 == 0) {
        n /= 2;
      } else {
        n = 3 * n + 1;
      }
      steps++;
    }
    System.out.println("collatz(27) steps = " + steps);
    int outer = 0;
    int inner = 0;
    while (outer < 4) {
      outer++;
      int k = 0;
      while (true) {
        k++;
        if (k >= outer) {
          break;
        }
        inner++;
      }
    }
    System.out.println("outer = " + outer + " inner = " + inner);
    int x = 5;
    while (x > 0 == true) {
      x -= 2;
    }
    System.out.println("x = " + x);
  }
}
