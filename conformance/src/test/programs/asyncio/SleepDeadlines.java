package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/**
 * Different deadlines wake in deadline order, not start order; equal deadlines wake in FIFO order
 * (§2.4). The deadlines are 20+ ms apart so that scheduling jitter cannot reorder them.
 */
@MicroPython
public class SleepDeadlines {
  @Coroutine
  static void sleeper(String name, int ms) {
    System.out.println(name + " sleeps " + ms);
    sleepMs(ms);
    System.out.println(name + " woke");
  }

  @Coroutine
  static void mainTask() {
    Task<Void> a = createTask(() -> sleeper("a", 50));
    createTask(() -> sleeper("b", 2));
    createTask(() -> sleeper("c", 26));
    a.await();
    System.out.println("-- equal deadlines");
    createTask(() -> sleeper("d", 15));
    createTask(() -> sleeper("e", 15));
    Task<Void> f = createTask(() -> sleeper("f", 15));
    f.await();
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(SleepDeadlines::mainTask);
  }
}
