package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.currentTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** A task cannot cancel itself: RuntimeError("can't cancel self") (§2.10). */
@MicroPython
public class CancelSelf {
  @Coroutine
  static int selfCancel() {
    try {
      boolean r = currentTask().cancel();
      System.out.println("unexpected: cancel returned " + r);
    } catch (RuntimeException e) {
      System.out.println("task: cancel of self raised");
    }
    sleepMs(1);
    System.out.println("task continues normally");
    return 5;
  }

  @Coroutine
  static void mainTask() {
    try {
      currentTask().cancel();
    } catch (RuntimeException e) {
      System.out.println("main: cancel of self raised");
    }
    Task<Integer> t = createTask(() -> selfCancel());
    System.out.println("task returned " + t.await());
  }

  public static void main(String[] args) {
    run(CancelSelf::mainTask);
  }
}
