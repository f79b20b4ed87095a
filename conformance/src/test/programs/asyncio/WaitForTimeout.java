package aio;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.TimeoutError;

/** On time-out the coroutine is cancelled and has finished its cleanup before TimeoutError (§2.9). */
@MicroPython
public class WaitForTimeout {
  @Coroutine
  static int slow() {
    try {
      System.out.println("slow starts");
      sleepMs(50);
      System.out.println("slow finished (unexpected)");
      return 1;
    } finally {
      System.out.println("slow cleanup");
    }
  }

  @Coroutine
  static void mainTask() {
    try {
      int v = waitForMs(() -> slow(), 5);
      System.out.println("unexpected " + v);
    } catch (TimeoutError e) {
      System.out.println("timed out");
    }
    try {
      waitForMs(() -> slow(), 1);
    } catch (RuntimeException e) {
      System.out.println("TimeoutError is a RuntimeException");
    }
    try {
      waitForMs(() -> slow(), 2);
    } catch (Exception e) {
      System.out.println("TimeoutError is an Exception");
    }
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(WaitForTimeout::mainTask);
  }
}
