package aio;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.TimeoutError;

/** A retry loop around wait_for: two attempts time out, the third succeeds. */
@MicroPython
public class RetryWithTimeout {
  static int calls = 0;

  @Coroutine
  static int flaky(int attempt) {
    calls++;
    if (attempt < 2) {
      sleepMs(50);
    } else {
      sleepMs(0);
    }
    return attempt * 100;
  }

  @Coroutine
  static int withRetries(int max) {
    for (int attempt = 0; attempt < max; attempt++) {
      try {
        int a = attempt;
        int timeout = attempt < 2 ? 5 : 500;
        int v = waitForMs(() -> flaky(a), timeout);
        System.out.println("attempt " + attempt + " succeeded");
        return v;
      } catch (TimeoutError e) {
        System.out.println("attempt " + attempt + " timed out");
        continue;
      } finally {
        System.out.println("attempt " + attempt + " over");
      }
    }
    return -1;
  }

  @Coroutine
  static void mainTask() {
    System.out.println("result " + withRetries(5) + ", calls " + calls);
    calls = 0;
    System.out.println("result " + withRetries(2) + ", calls " + calls);
  }

  public static void main(String[] args) {
    run(RetryWithTimeout::mainTask);
  }
}
