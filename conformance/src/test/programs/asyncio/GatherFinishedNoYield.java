package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;
import java.util.List;

/** gather of tasks that have all finished returns their values without yielding (§2.8). */
@MicroPython
public class GatherFinishedNoYield {
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
    Task<Integer> a = createTask(() -> value(1));
    Task<Integer> b = createTask(() -> value(2));
    sleepMs(0);
    createTask(() -> other());
    List<Integer> r = gather(a, b);
    System.out.println("gathered " + r + " before other ran");
    Task<Integer> c = createTask(() -> value(3));
    List<Integer> r2 = gather(a, c);
    System.out.println("gathered " + r2 + " after waiting for c");
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(GatherFinishedNoYield::mainTask);
  }
}
