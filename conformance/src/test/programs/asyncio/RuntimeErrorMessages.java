package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.currentTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.Task;
import java.util.List;

/**
 * The RuntimeError messages of the asyncio library: "Lock not acquired", "can't cancel self",
 * "can't wait", "no running event loop" (§1.2).
 */
@MicroPython
public class RuntimeErrorMessages {
  @Coroutine
  static int work() {
    sleepMs(20);
    return 1;
  }

  @Coroutine
  static List<Integer> gatherOne(Task<Integer> t) {
    return gather(t);
  }

  @Coroutine
  static void mainTask() {
    try {
      new Lock().release();
    } catch (RuntimeException e) {
      System.out.println("release of a free lock: " + e.getMessage());
    }
    try {
      currentTask().cancel();
    } catch (RuntimeException e) {
      System.out.println("cancel of self: " + e.getMessage());
    }
    Task<Integer> t = createTask(() -> work());
    Task<List<Integer>> g = createTask(() -> gatherOne(t));
    sleepMs(0);
    try {
      t.await();
    } catch (RuntimeException e) {
      System.out.println("await of a gathered task: " + e.getMessage());
    }
    System.out.println("gathered " + g.await());
  }

  public static void main(String[] args) {
    try {
      currentTask();
    } catch (RuntimeException e) {
      System.out.println("currentTask outside the loop: " + e.getMessage());
    }
    run(RuntimeErrorMessages::mainTask);
  }
}
