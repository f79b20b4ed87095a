package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/** CancelledError thrown into the innermost inline await unwinds every caller's finally. */
@MicroPython
public class CancelDeepInline {
  @Coroutine
  static void level3() {
    try {
      System.out.println("level3 sleeps");
      sleepMs(50);
    } finally {
      System.out.println("level3 finally");
    }
  }

  @Coroutine
  static void level2() {
    try {
      level3();
      System.out.println("level2 after level3 (unexpected)");
    } finally {
      System.out.println("level2 finally");
    }
  }

  @Coroutine
  static int level1() {
    try {
      level2();
      return 1;
    } catch (CancelledError e) {
      System.out.println("level1 caught CancelledError");
      return -1;
    } finally {
      System.out.println("level1 finally");
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t = createTask(() -> level1());
    sleepMs(0);
    System.out.println("cancel: " + t.cancel());
    System.out.println("level1 returned " + t.await());
  }

  public static void main(String[] args) {
    run(CancelDeepInline::mainTask);
  }
}
