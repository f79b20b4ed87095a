package aio;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitFor;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.TimeoutError;

/** With timeout 0 a coroutine that does not suspend still returns its value (§2.9). */
@MicroPython
public class WaitForZeroTimeout {
  @Coroutine
  static int instant(int v) {
    System.out.println("instant runs");
    return v;
  }

  @Coroutine
  static int yieldsOnce(int v) {
    System.out.println("yieldsOnce runs");
    sleepMs(0);
    System.out.println("yieldsOnce resumed (unexpected)");
    return v;
  }

  @Coroutine
  static void mainTask() {
    System.out.println("ms 0: " + waitForMs(() -> instant(1), 0));
    System.out.println("s 0.0: " + waitFor(() -> instant(2), 0.0));
    System.out.println("s 0.0004 (0 ms): " + waitFor(() -> instant(3), 0.0004));
    try {
      System.out.println("unexpected " + waitForMs(() -> yieldsOnce(4), 0));
    } catch (TimeoutError e) {
      System.out.println("yieldsOnce timed out");
    }
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(WaitForZeroTimeout::mainTask);
  }
}
