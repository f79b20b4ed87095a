package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** Several tasks awaiting one task all get its value, woken in the order they began waiting. */
@MicroPython
public class MultipleAwaiters {
  @Coroutine
  static int slow() {
    System.out.println("slow starts");
    sleepMs(50);
    System.out.println("slow returns");
    return 42;
  }

  @Coroutine
  static void waiter(String name, Task<Integer> t) {
    System.out.println(name + " waits");
    int v = t.await();
    System.out.println(name + " got " + v);
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t = createTask(() -> slow());
    createTask(() -> waiter("w1", t));
    createTask(() -> waiter("w2", t));
    Task<Void> w3 = createTask(() -> waiter("w3", t));
    System.out.println("main waits");
    int v = t.await();
    System.out.println("main got " + v);
    w3.await();
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(MultipleAwaiters::mainTask);
  }
}
