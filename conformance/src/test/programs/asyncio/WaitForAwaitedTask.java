package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.TimeoutError;

/**
 * wait_for of a coroutine that awaits a task: on time-out the cancel is forwarded through the
 * coroutine's task to the awaited task, whose cleanup runs before TimeoutError (§2.9, §2.10).
 */
@MicroPython
public class WaitForAwaitedTask {
  @Coroutine
  static int slow(int ms) {
    try {
      sleepMs(ms);
      return ms;
    } finally {
      System.out.println("slow(" + ms + ") finally");
    }
  }

  @Coroutine
  static int awaitIt(Task<Integer> t) {
    try {
      return t.await();
    } finally {
      System.out.println("awaitIt finally");
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t = createTask(() -> slow(200));
    try {
      int v = waitForMs(() -> awaitIt(t), 20);
      System.out.println("unexpected " + v);
    } catch (TimeoutError e) {
      System.out.println("timed out, the awaited task is done: " + t.done());
    }
    Task<Integer> u = createTask(() -> slow(20));
    System.out.println("in time: " + waitForMs(() -> awaitIt(u), 200));
  }

  public static void main(String[] args) {
    run(WaitForAwaitedTask::mainTask);
  }
}
