package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** Thirty tasks taking turns with sleep(0): the run queue stays strictly FIFO. */
@MicroPython
public class ManyTasks {
  static String order = "";
  static int total = 0;

  @Coroutine
  static void worker(int id, int rounds) {
    for (int r = 0; r < rounds; r++) {
      total += id;
      if (id % 10 == 0) {
        order += id + "." + r + " ";
      }
      sleepMs(0);
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Void> last = null;
    for (int i = 0; i < 30; i++) {
      int id = i;
      last = createTask(() -> worker(id, 3));
    }
    last.await();
    System.out.println("order: " + order);
    System.out.println("total: " + total);
  }

  public static void main(String[] args) {
    run(ManyTasks::mainTask);
  }
}
