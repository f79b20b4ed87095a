package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.getEventLoop;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Loop;
import dev.jmpy.asyncio.Task;
import java.util.Map;

/**
 * A detached task's failure is reported one pass later: the failed task is requeued behind the
 * tasks already due, which run before the exception handler is called (§2.6).
 */
@MicroPython
public class ReportOnePassLater {
  @Coroutine
  static void fails() {
    System.out.println("t step 1");
    sleepMs(0);
    System.out.println("t raises");
    throw new IllegalStateException("t failed");
  }

  @Coroutine
  static void ticker() {
    for (int i = 0; i < 4; i++) {
      System.out.println("tick " + i);
      sleepMs(0);
    }
  }

  static void handler(Loop loop, Map<String, Object> context) {
    String message = (String) context.get("message");
    RuntimeException e = (RuntimeException) context.get("exception");
    System.out.println("handler: " + message + " / " + e.getMessage());
  }

  @Coroutine
  static void mainTask() {
    getEventLoop().setExceptionHandler(ReportOnePassLater::handler);
    createTask(() -> fails());
    Task<Void> k = createTask(() -> ticker());
    k.await();
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(ReportOnePassLater::mainTask);
  }
}
