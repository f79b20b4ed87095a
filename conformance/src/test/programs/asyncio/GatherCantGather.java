package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;
import java.util.List;

/**
 * Gathering a task that another task is awaiting raises RuntimeError("can't gather") at once;
 * the awaiting task is not disturbed (§2.7, §2.8).
 */
@MicroPython
public class GatherCantGather {
  @Coroutine
  static int work() {
    sleepMs(30);
    return 5;
  }

  @Coroutine
  static void waiter(Task<Integer> t) {
    System.out.println("waiter got " + t.await());
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t = createTask(() -> work());
    Task<Void> w = createTask(() -> waiter(t));
    sleepMs(0);
    try {
      List<Integer> r = gather(t);
      System.out.println("unexpected " + r);
    } catch (RuntimeException e) {
      System.out.println("gather raised RuntimeError: " + e.getMessage());
    }
    w.await();
    System.out.println("now finished, it can be gathered: " + gather(t));
  }

  public static void main(String[] args) {
    run(GatherCantGather::mainTask);
  }
}
