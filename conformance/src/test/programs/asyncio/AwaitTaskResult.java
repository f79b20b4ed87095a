package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** Awaiting a task returns its value; a finished task can be awaited again (§2.7). */
@MicroPython
public class AwaitTaskResult {
  @Coroutine
  static int compute(int x, int delay) {
    sleepMs(delay);
    System.out.println("compute " + x + " done");
    return x * x;
  }

  @Coroutine
  static String label(String s) {
    return "<" + s + ">";
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> slow = createTask(() -> compute(7, 50));
    Task<Integer> fast = createTask(() -> compute(3, 1));
    int a = slow.await();
    System.out.println("slow = " + a + ", fast done = " + fast.done());
    int b = fast.await();
    System.out.println("fast = " + b);
    System.out.println("again = " + slow.await() + " " + fast.await());
    Task<String> s = createTask(() -> label("x"));
    System.out.println("label = " + s.await());
    System.out.println("sum = " + (slow.await() + fast.await()));
  }

  public static void main(String[] args) {
    run(AwaitTaskResult::mainTask);
  }
}
