package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;

/** Tasks created in one step run in creation order, after the creator suspends (§2.3). */
@MicroPython
public class CreateTaskOrder {
  @Coroutine
  static void worker(int n) {
    System.out.println("c" + n + " start");
    sleepMs(0);
    System.out.println("c" + n + " again");
  }

  @Coroutine
  static void mainTask() {
    for (int i = 0; i < 5; i++) {
      int n = i;
      createTask(() -> worker(n));
    }
    System.out.println("main created 5 tasks");
    sleepMs(0);
    System.out.println("main after sleep(0)");
    sleepMs(0);
    System.out.println("main after second sleep(0)");
    sleepMs(0);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(CreateTaskOrder::mainTask);
  }
}
