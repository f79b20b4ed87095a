package functions;

import dev.jmpy.annotations.MicroPython;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** Block lambdas: several statements, local variables, loops, early returns, side effects on captured lists. */
@MicroPython
public class BlockLambdas {
  public static void main(String[] args) {
    Function<Integer, String> classify = n -> {
      if (n < 0) {
        return "negative";
      }
      if (n == 0) {
        return "zero";
      }
      String size = n > 100 ? "big" : "small";
      return size + " positive";
    };
    for (int v : new int[] {-5, 0, 7, 1000}) {
      System.out.println(v + " is " + classify.apply(v));
    }
    Function<Integer, Integer> digitSum = n -> {
      int s = 0;
      int m = Math.abs(n);
      while (m > 0) {
        s += m % 10;
        m /= 10;
      }
      return s;
    };
    System.out.println("digitSum(98765) = " + digitSum.apply(98765) + ", digitSum(-42) = " + digitSum.apply(-42));
    List<String> log = new ArrayList<>();
    int limit = 3;
    Consumer<String> logger = msg -> {
      if (log.size() < limit) {
        log.add(log.size() + ":" + msg);
      }
    };
    logger.accept("a");
    logger.accept("b");
    logger.accept("c");
    logger.accept("d");
    System.out.println("log: " + log);
    Predicate<String> palindrome = s -> {
      for (int i = 0; i < s.length() / 2; i++) {
        if (s.charAt(i) != s.charAt(s.length() - 1 - i)) {
          return false;
        }
      }
      return true;
    };
    System.out.println("racecar " + palindrome.test("racecar") + ", rocket " + palindrome.test("rocket"));
    BiFunction<Integer, Integer, Integer> gcd = (a, b) -> {
      int x = a;
      int y = b;
      while (y != 0) {
        int t = x % y;
        x = y;
        y = t;
      }
      return x;
    };
    System.out.println("gcd(84, 36) = " + gcd.apply(84, 36));
  }
}
