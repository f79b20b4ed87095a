// jmpy-options: -Ajmpy.floatPrecision=double
package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleep;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** sleep(seconds) truncates to whole ms; negative delays count as 0 (§2.4). */
@MicroPython
public class SleepTruncation {
  @Coroutine
  static void bySeconds(String name, double seconds) {
    sleep(seconds);
    System.out.println(name + " woke");
  }

  @Coroutine
  static void byMs(String name, int ms) {
    sleepMs(ms);
    System.out.println(name + " woke");
  }

  @Coroutine
  static void mainTask() {
    createTask(() -> bySeconds("a 0.0059s", 0.0059));
    Task<Void> b = createTask(() -> byMs("b 5ms", 5));
    b.await();
    createTask(() -> bySeconds("c 0.0009s", 0.0009));
    Task<Void> d = createTask(() -> byMs("d 0ms", 0));
    d.await();
    createTask(() -> byMs("e -5ms", -5));
    createTask(() -> bySeconds("f -1s", -1.0));
    Task<Void> g = createTask(() -> byMs("g 0ms", 0));
    g.await();
    Task<Void> h = createTask(() -> bySeconds("h 0.049s", 0.049));
    createTask(() -> byMs("i 2ms", 2));
    h.await();
    sleep(0.001);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(SleepTruncation::mainTask);
  }
}
