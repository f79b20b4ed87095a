package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;

/**
 * When main raises, run() re-raises at once and cancels nothing: the other tasks stay queued and
 * go on in the next run (§2.2, §2.5).
 */
@MicroPython
public class MainExceptionKeepsTasks {
  static int ticks = 0;

  @Coroutine
  static void background() {
    for (int i = 0; i < 3; i++) {
      System.out.println("bg tick " + i);
      ticks++;
      sleepMs(0);
    }
    System.out.println("bg done");
  }

  @Coroutine
  static void failing() {
    createTask(() -> background());
    sleepMs(0);
    System.out.println("first main raises");
    throw new IllegalStateException("main failed");
  }

  @Coroutine
  static void second() {
    System.out.println("second main starts, ticks = " + ticks);
    sleepMs(0);
    sleepMs(0);
    sleepMs(0);
    System.out.println("second main ends, ticks = " + ticks);
  }

  public static void main(String[] args) {
    try {
      run(MainExceptionKeepsTasks::failing);
      System.out.println("unexpected: run returned");
    } catch (IllegalStateException e) {
      System.out.println("run raised " + e.getMessage() + ", ticks = " + ticks);
    }
    run(MainExceptionKeepsTasks::second);
  }
}
