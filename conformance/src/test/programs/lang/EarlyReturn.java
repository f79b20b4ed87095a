package lang;

import dev.jmpy.annotations.MicroPython;

/** return from inside nested loops, and void methods with bare return. */
@MicroPython
public class EarlyReturn {
  static String log = "";

  static int findPair(int target) {
    for (int i = 1; i < 10; i++) {
      for (int j = i; j < 10; j++) {
        if (i * j == target) {
          return i * 10 + j;
        }
      }
    }
    return -1;
  }

  static void logPositive(int x) {
    if (x <= 0) {
      return;
    }
    log += x + " ";
  }

  static boolean hasDivisor(int n) {
    int d = 2;
    while (d * d <= n) {
      if (n % d == 0) {
        return true;
      }
      d++;
    }
    return false;
  }

  public static void main(String[] args) {
    System.out.println("findPair(12) = " + findPair(12));
    System.out.println("findPair(49) = " + findPair(49));
    System.out.println("findPair(97) = " + findPair(97));
    logPositive(3);
    logPositive(-1);
    logPositive(0);
    logPositive(8);
    System.out.println("log = " + log);
    System.out.println("hasDivisor(91) = " + hasDivisor(91) + ", hasDivisor(97) = " + hasDivisor(97));
  }
}
