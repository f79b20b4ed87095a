package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.getEventLoop;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Loop;
import java.util.Map;

/**
 * A detached failure whose report pass has not come when main returns is not reported by that
 * run; the failed task stays queued and the next run reports it before main's first step (§2.5,
 * §2.6).
 */
@MicroPython
public class UnretrievedAtExit {
  static int reports = 0;

  @Coroutine
  static void fails() {
    System.out.println("t raises");
    throw new IllegalStateException("t failed");
  }

  static void handler(Loop loop, Map<String, Object> context) {
    reports++;
    String message = (String) context.get("message");
    RuntimeException e = (RuntimeException) context.get("exception");
    System.out.println("handler: " + message + " / " + e.getMessage());
  }

  @Coroutine
  static void first() {
    getEventLoop().setExceptionHandler(UnretrievedAtExit::handler);
    createTask(() -> fails());
    sleepMs(0);
    System.out.println("first main returns");
  }

  @Coroutine
  static void second() {
    System.out.println("second main starts, reports = " + reports);
    sleepMs(0);
    System.out.println("second main ends, reports = " + reports);
  }

  public static void main(String[] args) {
    run(UnretrievedAtExit::first);
    System.out.println("between runs, reports = " + reports);
    run(UnretrievedAtExit::second);
  }
}
