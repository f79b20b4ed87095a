package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.currentTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/**
 * Inside a task, currentTask() is the very Task object createTask returned, and stays the same
 * object across awaits (§1.1).
 */
@MicroPython
public class CurrentTaskIdentity {
  static Task<Void> created;

  @Coroutine
  static void child() {
    Task<?> before = currentTask();
    sleepMs(0);
    Task<?> after = currentTask();
    sleepMs(20);
    System.out.println("child: currentTask is the created task " + (before == created)
        + ", same after sleeps " + (before == after && after == currentTask()));
  }

  @Coroutine
  static void mainCoro() {
    Task<?> me = currentTask();
    created = createTask(() -> child());
    created.await();
    sleepMs(0);
    System.out.println("main: same task after awaits " + (me == currentTask())
        + ", not the child " + (me != created));
  }

  public static void main(String[] args) {
    run(CurrentTaskIdentity::mainCoro);
  }
}
