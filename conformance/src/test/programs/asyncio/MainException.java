package aio;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;

/** An exception escaping the main coroutine is re-raised by asyncio.run. */
@MicroPython
public class MainException {
  @Coroutine
  static int boom(int d) {
    System.out.println("boom starts");
    sleepMs(1);
    return 1 / d;
  }

  public static void main(String[] args) {
    try {
      int v = run(() -> boom(0));
      System.out.println("unexpected " + v);
    } catch (Exception e) {
      System.out.println("run raised");
    }
    int ok = run(() -> boom(1));
    System.out.println("second run returned " + ok);
  }
}
