package bench;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.TimeoutError;

/** wait_for with a deadline that passes and one that does not; a cancelled worker cleans up. */
@MicroPython
public class Timeouts {
  @Coroutine
  static int slow(int ms, int value) {
    Asyncio.sleepMs(ms);
    return value;
  }

  @Coroutine
  static void worker() {
    try {
      while (true) {
        Asyncio.sleepMs(50);
        System.out.println("worker tick");
      }
    } catch (CancelledError e) {
      System.out.println("worker cancelled, cleaning up");
      throw e;
    } finally {
      System.out.println("worker finally");
    }
  }

  @Coroutine
  static void main2() {
    System.out.println("fast: " + Asyncio.waitForMs(() -> slow(10, 1), 50));
    try {
      Asyncio.waitForMs(() -> slow(300, 2), 100);
      System.out.println("no timeout?");
    } catch (TimeoutError e) {
      System.out.println("slow: timed out");
    }
    Task<Void> w = Asyncio.createTask(Timeouts::worker);
    Asyncio.sleepMs(125);
    w.cancel();
    try {
      w.await();
    } catch (CancelledError e) {
      System.out.println("main saw the cancel");
    }
  }

  public static void main(String[] args) {
    Asyncio.run(Timeouts::main2);
  }
}
