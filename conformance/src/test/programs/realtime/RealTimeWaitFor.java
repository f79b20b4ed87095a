package rt;

import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.TimeoutError;

/** Real time (the tolerant group): wait_for_ms times out on the real clock, and lets a quick one finish. */
@MicroPython
public class RealTimeWaitFor {
  @Coroutine
  static int slowAnswer(int ms) {
    sleepMs(ms);
    return ms;
  }

  @Coroutine
  static void mainTask() {
    try {
      waitForMs(() -> slowAnswer(800), 150);
      System.out.println("no timeout?");
    } catch (TimeoutError e) {
      System.out.println("timed out");
    }
    System.out.println("quick answer " + waitForMs(() -> slowAnswer(50), 600));
  }

  public static void main(String[] args) {
    run(RealTimeWaitFor::mainTask);
  }
}
