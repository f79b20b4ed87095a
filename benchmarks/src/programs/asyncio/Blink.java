package bench;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** The README's example: two counters, one as a task. */
@MicroPython
public class Blink {
  @Coroutine
  static void count(String name, int n) {
    for (int i = 0; i < n; i++) {
      System.out.println(name + " " + i);
      sleepMs(10);
    }
  }

  @Coroutine
  static void both() {
    Task<Void> a = createTask(() -> count("A", 3));
    count("B", 3);
    a.await();
  }

  public static void main(String[] args) {
    run(Blink::both);
  }
}
