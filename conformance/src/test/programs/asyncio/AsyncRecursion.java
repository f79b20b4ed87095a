package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** A recursive coroutine that yields at every level, interleaved with another recursive task. */
@MicroPython
public class AsyncRecursion {
  @Coroutine
  static int countdown(String name, int n) {
    if (n == 0) {
      System.out.println(name + " bottom");
      return 0;
    }
    sleepMs(0);
    int below = countdown(name, n - 1);
    System.out.println(name + " level " + n);
    return below + n;
  }

  @Coroutine
  static int fib(int n) {
    if (n < 2) {
      return n;
    }
    return fib(n - 1) + fib(n - 2);
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> a = createTask(() -> countdown("a", 3));
    Task<Integer> b = createTask(() -> countdown("b", 2));
    System.out.println("a = " + a.await() + ", b = " + b.await());
    System.out.println("fib(12) = " + fib(12));
  }

  public static void main(String[] args) {
    run(AsyncRecursion::mainTask);
  }
}
