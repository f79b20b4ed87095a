package aio;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;

/** asyncio.run returns the main coroutine's value; lambdas pass arguments. */
@MicroPython
public class RunReturnsValue {
  @Coroutine
  static int square(int x) {
    sleepMs(0);
    return x * x;
  }

  @Coroutine
  static String greet(String name, int times) {
    String s = "";
    for (int i = 0; i < times; i++) {
      s += name;
      sleepMs(0);
    }
    return s;
  }

  @Coroutine
  static boolean isPositive(long v) {
    return v > 0;
  }

  @Coroutine
  static long big() {
    return 123456789012L;
  }

  public static void main(String[] args) {
    int s = run(() -> square(12));
    System.out.println("square = " + s);
    int n = 3;
    String g = run(() -> greet("ab", n));
    System.out.println("greet = " + g);
    System.out.println("isPositive = " + run(() -> isPositive(-5L)));
    long b = run(RunReturnsValue::big);
    System.out.println("big = " + b);
    System.out.println("inline = " + run(() -> square(-3)));
  }
}
