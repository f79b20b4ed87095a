package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/** Awaits inside catch and finally blocks of a cancelled task still suspend and resume. */
@MicroPython
public class AwaitInFinally {
  @Coroutine
  static void step(String what) {
    sleepMs(0);
    System.out.println("  " + what);
  }

  @Coroutine
  static int worker() {
    int result = 0;
    try {
      step("worker working");
      sleepMs(50);
      result = 1;
    } catch (CancelledError e) {
      step("worker handles cancel");
      result = 2;
    } finally {
      step("worker finally 1");
      step("worker finally 2");
    }
    return result;
  }

  @Coroutine
  static void ticker() {
    for (int i = 0; i < 3; i++) {
      sleepMs(0);
      System.out.println("  ticker " + i);
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> w = createTask(() -> worker());
    sleepMs(0);
    sleepMs(0);
    System.out.println("cancel: " + w.cancel());
    createTask(() -> ticker());
    System.out.println("worker returned " + w.await());
    sleepMs(1);
  }

  public static void main(String[] args) {
    run(AwaitInFinally::mainTask);
  }
}
