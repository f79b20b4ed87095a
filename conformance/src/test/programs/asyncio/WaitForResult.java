package aio;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitFor;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;

/** wait_for returns the value of a coroutine that finishes in time. */
@MicroPython
public class WaitForResult {
  @Coroutine
  static int quick(int x) {
    sleepMs(1);
    return x * 2;
  }

  @Coroutine
  static String noSuspend(String s) {
    return s + "!";
  }

  @Coroutine
  static void sideEffect(String s) {
    sleepMs(0);
    System.out.println("side effect " + s);
  }

  @Coroutine
  static void mainTask() {
    int a = waitFor(() -> quick(21), 0.5);
    System.out.println("waitFor = " + a);
    int b = waitForMs(() -> quick(5), 500);
    System.out.println("waitForMs = " + b);
    String c = waitForMs(() -> noSuspend("hi"), 500);
    System.out.println("no suspend = " + c);
    waitForMs(() -> sideEffect("x"), 500);
    waitFor(() -> sideEffect("y"), 0.5);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(WaitForResult::mainTask);
  }
}
