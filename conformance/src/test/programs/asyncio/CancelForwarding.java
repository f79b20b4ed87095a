package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/** Cancelling a task that awaits another task cancels the innermost one (§2.10). */
@MicroPython
public class CancelForwarding {
  @Coroutine
  static int inner(boolean swallow) {
    try {
      sleepMs(50);
      return 1;
    } catch (CancelledError e) {
      System.out.println("inner got CancelledError, swallow = " + swallow);
      if (!swallow) {
        return -1;
      }
      return 7;
    }
  }

  @Coroutine
  static int innerPropagates() {
    try {
      sleepMs(50);
      return 1;
    } finally {
      System.out.println("inner finally");
    }
  }

  @Coroutine
  static String outer(Task<Integer> in) {
    try {
      int v = in.await();
      System.out.println("outer continues with " + v);
      return "outer normal " + v;
    } catch (CancelledError e) {
      System.out.println("outer saw CancelledError");
      return "outer cancelled";
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> in1 = createTask(() -> inner(true));
    Task<String> out1 = createTask(() -> outer(in1));
    sleepMs(5);
    System.out.println("cancel outer = " + out1.cancel());
    System.out.println("outer result: " + out1.await());
    System.out.println("inner done = " + in1.done());
    Task<Integer> in2 = createTask(() -> innerPropagates());
    Task<String> out2 = createTask(() -> outer(in2));
    sleepMs(5);
    System.out.println("cancel outer2 = " + out2.cancel());
    System.out.println("outer2 result: " + out2.await());
    System.out.println("inner2 done = " + in2.done());
  }

  public static void main(String[] args) {
    run(CancelForwarding::mainTask);
  }
}
