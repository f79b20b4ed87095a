package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/**
 * A task that fails while nobody awaits it is reported on stderr (not compared); the other tasks
 * go on, and awaiting it later still raises its exception (§2.6).
 */
@MicroPython
public class DetachedFailure {
  @Coroutine
  static int fails() {
    System.out.println("fails runs");
    sleepMs(0);
    int zero = 0;
    return 1 / zero;
  }

  @Coroutine
  static void survivor() {
    for (int i = 0; i < 3; i++) {
      sleepMs(0);
      System.out.println("survivor " + i);
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> f = createTask(() -> fails());
    Task<Void> s = createTask(() -> survivor());
    s.await();
    System.out.println("fails done: " + f.done());
    sleepMs(0);
    try {
      int v = f.await();
      System.out.println("unexpected " + v);
    } catch (Exception e) {
      System.out.println("late await raised");
    }
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(DetachedFailure::mainTask);
  }
}
