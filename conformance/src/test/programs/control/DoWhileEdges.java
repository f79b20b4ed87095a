package ctl;

import dev.jmpy.annotations.MicroPython;

/** do-while: body runs once on a false condition, continue re-checks the condition, break, side effects in the condition. */
@MicroPython
public class DoWhileEdges {
  static int checks = 0;

  static boolean check(int v, int limit) {
    checks++;
    return v < limit;
  }

  public static void main(String[] args) {
    int runs = 0;
    do {
      runs++;
    } while (false);
    System.out.println("runs with false condition: " + runs);
    int i = 0;
    String skipped = "";
    do {
      i++;
      if (i % 3 == 0) {
        continue;
      }
      skipped += i + " ";
    } while (i < 10);
    System.out.println("not multiples of 3: " + skipped);
    int j = 100;
    int loops = 0;
    do {
      loops++;
      j++;
      if (j > 100) {
        continue;
      }
      loops += 1000;
    } while (j < 100);
    System.out.println("continue on false condition leaves: loops = " + loops + ", j = " + j);
    int k = 0;
    do {
      k += 2;
      if (k == 6) {
        continue;
      }
      if (k > 9) {
        break;
      }
    } while (check(k, 20));
    System.out.println("k = " + k + ", checks = " + checks);
    int n = 1234;
    int digits = 0;
    do {
      digits++;
      n /= 10;
    } while (n != 0);
    System.out.println("digits of 1234: " + digits);
    n = 0;
    digits = 0;
    do {
      digits++;
      n /= 10;
    } while (n != 0);
    System.out.println("digits of 0: " + digits);
    int outer = 0;
    int inner = 0;
    do {
      outer++;
      int t = 0;
      do {
        t++;
        if (t == 2) {
          continue;
        }
        inner++;
      } while (t < 4);
    } while (outer < 3);
    System.out.println("outer = " + outer + ", inner = " + inner);
  }
}
