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
 * Cancelling the task that awaits gather cancels the children and raises CancelledError at once,
 * before the children have run their cleanup (§2.8).
 */
@MicroPython
public class GatherCancelled {
  @Coroutine
  static int child(String name) {
    try {
      sleepMs(50);
      return 1;
    } finally {
      System.out.println(name + " cleanup");
    }
  }

  @Coroutine
  static void gatherer() {
    try {
      List<Integer> r = gather(() -> child("c1"), () -> child("c2"));
      System.out.println("unexpected " + r);
    } catch (CancelledError e) {
      System.out.println("gatherer got CancelledError");
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Void> g = createTask(() -> gatherer());
    sleepMs(0);
    sleepMs(0);
    System.out.println("main cancels gatherer: " + g.cancel());
    g.await();
    System.out.println("main: gatherer finished");
    sleepMs(1);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(GatherCancelled::mainTask);
  }
}
