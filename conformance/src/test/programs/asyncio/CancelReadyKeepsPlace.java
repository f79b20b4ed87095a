package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/**
 * Cancelling a task that is already due (it did sleep(0)) keeps its place in the run queue: it
 * gets CancelledError before a task queued after it (§2.10, step 4).
 */
@MicroPython
public class CancelReadyKeepsPlace {
  @Coroutine
  static void worker(String name) {
    try {
      for (int i = 0; i < 3; i++) {
        System.out.println(name + i);
        sleepMs(0);
      }
      System.out.println(name + " finished");
    } catch (CancelledError e) {
      System.out.println(name + " cancelled");
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Void> a = createTask(() -> worker("a"));
    Task<Void> b = createTask(() -> worker("b"));
    sleepMs(0);
    System.out.println("main cancels a (queued before b): " + a.cancel());
    b.await();
    System.out.println("a done = " + a.done());
  }

  public static void main(String[] args) {
    run(CancelReadyKeepsPlace::mainTask);
  }
}
