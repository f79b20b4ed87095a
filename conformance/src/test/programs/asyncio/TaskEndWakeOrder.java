package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/**
 * A task awaiting another is queued when that one ends: behind the tasks already due, so a
 * ticker that was due gets its turn before the awaiter resumes (§2.2, step 4).
 */
@MicroPython
public class TaskEndWakeOrder {
  @Coroutine
  static int work() {
    System.out.println("work step 1");
    sleepMs(0);
    System.out.println("work returns");
    return 7;
  }

  @Coroutine
  static void ticker() {
    for (int i = 0; i < 3; i++) {
      System.out.println("tick " + i);
      sleepMs(0);
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t = createTask(() -> work());
    Task<Void> k = createTask(() -> ticker());
    int v = t.await();
    System.out.println("main got " + v);
    k.await();
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(TaskEndWakeOrder::mainTask);
  }
}
