package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/**
 * Cancel forwarding follows a chain of three tasks (top awaits middle awaits leaf) down to the
 * innermost one; the CancelledError then propagates back up, one task at a time (§2.10, step 3).
 */
@MicroPython
public class CancelForwardChain {
  @Coroutine
  static int leaf() {
    try {
      System.out.println("leaf sleeps");
      sleepMs(200);
      return 1;
    } finally {
      System.out.println("leaf finally");
    }
  }

  @Coroutine
  static int middle(Task<Integer> leaf) {
    try {
      return leaf.await() + 10;
    } catch (CancelledError e) {
      System.out.println("middle saw CancelledError, rethrows");
      throw e;
    }
  }

  @Coroutine
  static String top(Task<Integer> middle) {
    try {
      return "top got " + middle.await();
    } catch (CancelledError e) {
      System.out.println("top saw CancelledError");
      return "top cancelled";
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> l = createTask(() -> leaf());
    Task<Integer> m = createTask(() -> middle(l));
    Task<String> t = createTask(() -> top(m));
    sleepMs(0);
    System.out.println("cancel top = " + t.cancel());
    System.out.println(t.await());
    System.out.println("done: " + l.done() + " " + m.done() + " " + t.done());
  }

  public static void main(String[] args) {
    run(CancelForwardChain::mainTask);
  }
}
