package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/**
 * Cancelling one of two tasks that await the same task cancels that shared task (forwarding), so
 * the other awaiter, never cancelled itself, also sees CancelledError (§2.10, step 3).
 */
@MicroPython
public class CancelSharedTarget {
  @Coroutine
  static int slow() {
    sleepMs(200);
    return 5;
  }

  @Coroutine
  static String waiter(String name, Task<Integer> t) {
    try {
      return name + " got " + t.await();
    } catch (CancelledError e) {
      return name + " saw CancelledError";
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t = createTask(() -> slow());
    Task<String> w1 = createTask(() -> waiter("w1", t));
    Task<String> w2 = createTask(() -> waiter("w2", t));
    sleepMs(0);
    System.out.println("cancel w1 = " + w1.cancel());
    System.out.println(w1.await());
    System.out.println(w2.await());
    System.out.println("shared task done = " + t.done());
  }

  public static void main(String[] args) {
    run(CancelSharedTarget::mainTask);
  }
}
