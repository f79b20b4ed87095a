package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/** Cancelling a sleeping task wakes it at once with CancelledError at its sleep. */
@MicroPython
public class CancelSleeping {
  @Coroutine
  static int propagates() {
    try {
      System.out.println("p sleeps");
      sleepMs(50);
      System.out.println("p woke normally");
      return 1;
    } finally {
      System.out.println("p finally");
    }
  }

  @Coroutine
  static int swallows() {
    try {
      System.out.println("s sleeps");
      sleepMs(50);
      return 1;
    } catch (CancelledError e) {
      System.out.println("s caught CancelledError");
    }
    System.out.println("s continues");
    sleepMs(1);
    return 2;
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> p = createTask(() -> propagates());
    Task<Integer> s = createTask(() -> swallows());
    sleepMs(5);
    System.out.println("cancel p = " + p.cancel());
    System.out.println("cancel s = " + s.cancel());
    System.out.println("main after cancel");
    try {
      p.await();
      System.out.println("p returned");
    } catch (CancelledError e) {
      System.out.println("main: p was cancelled");
    }
    System.out.println("main: s returned " + s.await());
  }

  public static void main(String[] args) {
    run(CancelSleeping::mainTask);
  }
}
