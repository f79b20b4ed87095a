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
 * Every task awaiting a task that fails gets its exception, woken in the order they began
 * waiting; an exception so retrieved is never reported to the exception handler (§2.6, §2.7).
 */
@MicroPython
public class FailedTaskAwaiters {
  static int reports = 0;

  @Coroutine
  static int fails() {
    sleepMs(20);
    System.out.println("t raises");
    throw new IllegalStateException("boom");
  }

  @Coroutine
  static void waiter(String name, Task<Integer> t) {
    try {
      int v = t.await();
      System.out.println(name + " unexpected " + v);
    } catch (IllegalStateException e) {
      System.out.println(name + " caught " + e.getMessage());
    }
  }

  static void handler(Loop loop, Map<String, Object> context) {
    reports++;
    System.out.println("handler called (unexpected)");
  }

  @Coroutine
  static void mainTask() {
    getEventLoop().setExceptionHandler(FailedTaskAwaiters::handler);
    Task<Integer> t = createTask(() -> fails());
    Task<Void> w1 = createTask(() -> waiter("w1", t));
    Task<Void> w2 = createTask(() -> waiter("w2", t));
    try {
      int v = t.await();
      System.out.println("main unexpected " + v);
    } catch (IllegalStateException e) {
      System.out.println("main caught " + e.getMessage());
    }
    w1.await();
    w2.await();
    sleepMs(30);
    System.out.println("reports: " + reports);
  }

  public static void main(String[] args) {
    run(FailedTaskAwaiters::mainTask);
  }
}
