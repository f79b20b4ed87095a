package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.getEventLoop;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Loop;
import dev.jmpy.asyncio.Task;
import java.util.Map;

/**
 * A task that raises CancelledError itself ends like a cancelled task: done, its awaiter gets
 * CancelledError, and unawaited it is not reported to the exception handler (§2.6).
 */
@MicroPython
public class RaiseCancelledError {
  static int reports = 0;

  @Coroutine
  static int quits(String name) {
    sleepMs(0);
    System.out.println(name + " raises CancelledError itself");
    throw new CancelledError();
  }

  static void handler(Loop loop, Map<String, Object> context) {
    reports++;
    System.out.println("handler called (unexpected)");
  }

  @Coroutine
  static void mainTask() {
    getEventLoop().setExceptionHandler(RaiseCancelledError::handler);
    Task<Integer> detached = createTask(() -> quits("detached"));
    Task<Integer> awaited = createTask(() -> quits("awaited"));
    try {
      int v = awaited.await();
      System.out.println("unexpected " + v);
    } catch (CancelledError e) {
      System.out.println("main: await raised CancelledError, main goes on");
    }
    sleepMs(30);
    System.out.println("done " + detached.done() + " " + awaited.done() + ", reports " + reports);
  }

  public static void main(String[] args) {
    run(RaiseCancelledError::mainTask);
  }
}
