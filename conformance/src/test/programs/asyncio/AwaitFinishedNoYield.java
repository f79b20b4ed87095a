package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** Awaiting a task that has already finished returns its value without yielding (§2.7). */
@MicroPython
public class AwaitFinishedNoYield {
  @Coroutine
  static int value(int v) {
    System.out.println("task " + v + " runs");
    return v;
  }

  @Coroutine
  static void other() {
    System.out.println("other runs");
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t = createTask(() -> value(7));
    sleepMs(0);
    System.out.println("t done = " + t.done());
    createTask(() -> other());
    int a = t.await();
    int b = t.await();
    System.out.println("main got " + a + " and " + b + " before other ran");
    sleepMs(0);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(AwaitFinishedNoYield::mainTask);
  }
}
