package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/** A task cancelled before its first step never runs its body, not even its finally (§2.10). */
@MicroPython
public class CancelBeforeStart {
  @Coroutine
  static int body() {
    try {
      System.out.println("body runs");
      return 1;
    } finally {
      System.out.println("body finally");
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t = createTask(() -> body());
    System.out.println("cancel = " + t.cancel());
    System.out.println("cancel again = " + t.cancel());
    System.out.println("done before await = " + t.done());
    try {
      int v = t.await();
      System.out.println("unexpected value " + v);
    } catch (CancelledError e) {
      System.out.println("await raised CancelledError");
    }
    System.out.println("done after = " + t.done());
    System.out.println("cancel after done = " + t.cancel());
    Task<Integer> u = createTask(() -> body());
    sleepMs(0);
    System.out.println("u done = " + u.done() + ", cancel u = " + u.cancel());
    System.out.println("u = " + u.await());
  }

  public static void main(String[] args) {
    run(CancelBeforeStart::mainTask);
  }
}
