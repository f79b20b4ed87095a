package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** sleep(0) requeues behind everything already due: three tasks take strict turns. */
@MicroPython
public class SleepZeroRoundRobin {
  @Coroutine
  static void turn(String name, int rounds) {
    for (int i = 0; i < rounds; i++) {
      System.out.println(name + i);
      sleepMs(0);
    }
    System.out.println(name + " done");
  }

  @Coroutine
  static void mainTask() {
    Task<Void> a = createTask(() -> turn("a", 3));
    Task<Void> b = createTask(() -> turn("b", 2));
    Task<Void> c = createTask(() -> turn("c", 4));
    a.await();
    System.out.println("main: a finished");
    b.await();
    c.await();
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(SleepZeroRoundRobin::mainTask);
  }
}
