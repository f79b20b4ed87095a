package aio;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.TimeoutError;

/** TimeoutError is raised even when the coroutine swallows the cancel and returns (§2.9). */
@MicroPython
public class WaitForSwallowedCancel {
  @Coroutine
  static int stubborn() {
    try {
      sleepMs(50);
      return 1;
    } catch (CancelledError e) {
      System.out.println("stubborn swallowed the cancel");
    }
    sleepMs(1);
    System.out.println("stubborn returns 99");
    return 99;
  }

  @Coroutine
  static void mainTask() {
    try {
      int v = waitForMs(() -> stubborn(), 5);
      System.out.println("returned " + v);
    } catch (TimeoutError e) {
      System.out.println("TimeoutError anyway");
    }
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(WaitForSwallowedCancel::mainTask);
  }
}
