package aio;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.TimeoutError;

/**
 * On time-out, an exception the coroutine raises while handling its cancel is swallowed: the
 * caller still gets TimeoutError (§2.9).
 */
@MicroPython
public class WaitForCancelRaises {
  @Coroutine
  static int converts() {
    try {
      sleepMs(200);
      return 1;
    } catch (CancelledError e) {
      System.out.println("inner cancelled, raises IllegalStateException instead");
      throw new IllegalStateException("from cleanup");
    }
  }

  @Coroutine
  static void mainTask() {
    try {
      int v = waitForMs(() -> converts(), 20);
      System.out.println("unexpected " + v);
    } catch (TimeoutError e) {
      System.out.println("caller got TimeoutError");
    } catch (IllegalStateException e) {
      System.out.println("caller got " + e.getMessage());
    }
    sleepMs(20);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(WaitForCancelRaises::mainTask);
  }
}
