package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;
import java.util.List;

/**
 * Cancelling one gathered child (not the gatherer) makes gather raise CancelledError in the
 * gathering task, which was not cancelled itself; the other child keeps running (§2.8).
 */
@MicroPython
public class GatherChildCancelled {
  @Coroutine
  static int work(String name, int ms) {
    sleepMs(ms);
    System.out.println(name + " finished");
    return ms;
  }

  @Coroutine
  static String gatherer(Task<Integer> a, Task<Integer> b) {
    try {
      List<Integer> r = gather(a, b);
      return "gathered " + r;
    } catch (CancelledError e) {
      return "gatherer: gather raised CancelledError";
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> a = createTask(() -> work("a", 200));
    Task<Integer> b = createTask(() -> work("b", 40));
    Task<String> g = createTask(() -> gatherer(a, b));
    sleepMs(0);
    System.out.println("cancel child a = " + a.cancel());
    System.out.println(g.await());
    System.out.println("b = " + b.await() + ", a done = " + a.done());
  }

  public static void main(String[] args) {
    run(GatherChildCancelled::mainTask);
  }
}
