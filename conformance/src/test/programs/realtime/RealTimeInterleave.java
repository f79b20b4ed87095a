package rt;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;
import java.util.List;

/**
 * Real time (the tolerant group): two tasks sleeping 100 and 150 ms interleave by their deadlines
 * on the real clock too; deadlines are at least 50 ms apart so a loaded machine keeps the order.
 */
@MicroPython
public class RealTimeInterleave {
  @Coroutine
  static int ticker(String name, int periodMs, int count) {
    for (int i = 0; i < count; i++) {
      sleepMs(periodMs);
      System.out.println(name + " " + i);
    }
    return count * periodMs;
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> slow = createTask(() -> ticker("slow", 150, 2));
    ticker("fast", 100, 2);
    System.out.println("fast done, slow gives " + slow.await());
    List<Integer> both = gather(() -> ticker("x", 60, 1), () -> ticker("y", 120, 1));
    System.out.println("gathered " + both);
  }

  public static void main(String[] args) {
    run(RealTimeInterleave::mainTask);
  }
}
