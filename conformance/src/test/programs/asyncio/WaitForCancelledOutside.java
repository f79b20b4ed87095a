package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/**
 * A task cancelled while inside wait_for gets CancelledError at once, before the inner coroutine
 * has handled its own cancel (§2.9).
 */
@MicroPython
public class WaitForCancelledOutside {
  @Coroutine
  static void inner() {
    try {
      sleepMs(50);
      System.out.println("inner finished (unexpected)");
    } catch (CancelledError e) {
      System.out.println("inner got CancelledError and ignores it");
    }
  }

  @Coroutine
  static void outer() {
    try {
      waitForMs(() -> inner(), 500);
      System.out.println("outer: wait_for returned");
    } catch (CancelledError e) {
      System.out.println("outer: cancelled");
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Void> t = createTask(() -> outer());
    sleepMs(0);
    sleepMs(0);
    System.out.println("main cancels: " + t.cancel());
    t.await();
    System.out.println("main: outer finished");
    sleepMs(1);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(WaitForCancelledOutside::mainTask);
  }
}
