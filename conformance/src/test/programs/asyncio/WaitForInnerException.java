package aio;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.TimeoutError;

/** An exception raised inside wait_for reaches the caller as itself, not as TimeoutError. */
@MicroPython
public class WaitForInnerException {
  @Coroutine
  static int broken(int d) {
    sleepMs(1);
    return 100 / d;
  }

  @Coroutine
  static String classify(int d) {
    try {
      int v = waitForMs(() -> broken(d), 500);
      return "value " + v;
    } catch (TimeoutError e) {
      return "timeout";
    } catch (Exception e) {
      return "other exception";
    }
  }

  @Coroutine
  static void mainTask() {
    System.out.println("d = 4: " + classify(4));
    System.out.println("d = 0: " + classify(0));
    System.out.println("d = -3: " + classify(-3));
  }

  public static void main(String[] args) {
    run(WaitForInnerException::mainTask);
  }
}
