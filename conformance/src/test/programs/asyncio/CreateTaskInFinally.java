package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/**
 * A task created in the finally block of a cancelled task is an ordinary task: it is queued
 * before the cancelled task's awaiter is woken, and it runs to its end (§2.3, §2.10).
 */
@MicroPython
public class CreateTaskInFinally {
  @Coroutine
  static void cleanup(String who) {
    System.out.println("cleanup task runs for " + who);
    sleepMs(0);
    System.out.println("cleanup task done");
  }

  @Coroutine
  static void worker() {
    try {
      System.out.println("worker sleeps");
      sleepMs(200);
    } finally {
      System.out.println("worker finally creates a task");
      createTask(() -> cleanup("worker"));
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Void> w = createTask(() -> worker());
    sleepMs(0);
    System.out.println("cancel = " + w.cancel());
    try {
      w.await();
    } catch (CancelledError e) {
      System.out.println("main: worker was cancelled");
    }
    sleepMs(0);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(CreateTaskInFinally::mainTask);
  }
}
