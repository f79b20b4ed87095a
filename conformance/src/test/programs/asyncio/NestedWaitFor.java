package aio;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.TimeoutError;

/** wait_for inside wait_for: the inner timeout fires first and is handled inside. */
@MicroPython
public class NestedWaitFor {
  @Coroutine
  static int slow() {
    try {
      sleepMs(50);
      return 1;
    } finally {
      System.out.println("slow cleanup");
    }
  }

  @Coroutine
  static String middle() {
    try {
      int v = waitForMs(() -> slow(), 5);
      return "middle got " + v;
    } catch (TimeoutError e) {
      System.out.println("middle: inner timeout");
    }
    sleepMs(1);
    return "middle recovered";
  }

  @Coroutine
  static void mainTask() {
    try {
      String s = waitForMs(() -> middle(), 500);
      System.out.println("outer got: " + s);
    } catch (TimeoutError e) {
      System.out.println("outer timeout (unexpected)");
    }
  }

  public static void main(String[] args) {
    run(NestedWaitFor::mainTask);
  }
}
