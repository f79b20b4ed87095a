package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/**
 * A cancelled sleeper is requeued at now: it runs behind the tasks already due, and ahead of the
 * tasks queued after the cancel (§2.10, step 4).
 */
@MicroPython
public class CancelSleeperRequeued {
  @Coroutine
  static void sleeper() {
    try {
      System.out.println("s sleeps 200 ms");
      sleepMs(200);
      System.out.println("s woke normally (unexpected)");
    } catch (CancelledError e) {
      System.out.println("s cancelled");
    }
  }

  @Coroutine
  static void say(String what) {
    System.out.println(what);
  }

  @Coroutine
  static void mainTask() {
    Task<Void> s = createTask(() -> sleeper());
    sleepMs(0);
    createTask(() -> say("x (queued before the cancel) runs"));
    System.out.println("main cancels s: " + s.cancel());
    createTask(() -> say("y (queued after the cancel) runs"));
    s.await();
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(CancelSleeperRequeued::mainTask);
  }
}
