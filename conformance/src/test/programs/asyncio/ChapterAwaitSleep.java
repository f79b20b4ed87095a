package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleep;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** Chapter, "Awaiting Sleep": sleep releases the thread so that other tasks run meanwhile. */
@MicroPython
public class ChapterAwaitSleep {
  static int shared = 0;

  @Coroutine
  static int test2(String msg, int n) {
    System.out.println(msg + " begins");
    for (int i = 0; i < n; i++) {
      shared += 1;
      sleep(0.005);
    }
    System.out.println(msg + " ends, shared = " + shared);
    return n;
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t1 = createTask(() -> test2("first", 3));
    Task<Integer> t2 = createTask(() -> test2("second", 3));
    System.out.println("tasks created, shared = " + shared);
    int r = t1.await() + t2.await();
    System.out.println("total " + r + ", shared = " + shared);
  }

  public static void main(String[] args) {
    run(ChapterAwaitSleep::mainTask);
  }
}
