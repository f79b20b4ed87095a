package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.currentTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/**
 * A task awaiting the main task is woken when main returns, but run() returns first: the waiter
 * gets main's value only in the next run (§2.2, step 4).
 */
@MicroPython
public class AwaitMainTask {
  @Coroutine
  static void watcher(Task<?> m) {
    System.out.println("watcher waits for main");
    int v = (Integer) m.await();
    System.out.println("watcher got " + v);
  }

  @Coroutine
  static int first() {
    Task<?> me = currentTask();
    createTask(() -> watcher(me));
    sleepMs(0);
    System.out.println("first main returns 42");
    return 42;
  }

  @Coroutine
  static void second() {
    System.out.println("second main starts");
    sleepMs(0);
    System.out.println("second main ends");
  }

  public static void main(String[] args) {
    int v = run(AwaitMainTask::first);
    System.out.println("run returned " + v);
    run(AwaitMainTask::second);
  }
}
