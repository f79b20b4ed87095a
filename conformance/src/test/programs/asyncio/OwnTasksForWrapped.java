package aio;

import static dev.jmpy.asyncio.Asyncio.currentTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;
import java.util.List;

/**
 * wait_for and gather run each coroutine in a task of its own (currentTask() differs from the
 * caller's), while a plain await runs it in the caller's task (§2.3, §2.8, §2.9).
 */
@MicroPython
public class OwnTasksForWrapped {
  static Task<?> mainTask;

  @Coroutine
  static boolean inCallerTask() {
    return currentTask() == mainTask;
  }

  @Coroutine
  static Task<?> whoAmI() {
    return currentTask();
  }

  @Coroutine
  static void mainCoro() {
    mainTask = currentTask();
    System.out.println("plain await, in the caller's task: " + inCallerTask());
    System.out.println("wait_for, in the caller's task: " + waitForMs(() -> inCallerTask(), 100));
    List<Task<?>> ts = gather(() -> whoAmI(), () -> whoAmI());
    System.out.println("gather children: distinct " + (ts.get(0) != ts.get(1))
        + ", not the caller " + (ts.get(0) != mainTask && ts.get(1) != mainTask)
        + ", done " + ts.get(0).done() + " " + ts.get(1).done());
  }

  public static void main(String[] args) {
    run(OwnTasksForWrapped::mainCoro);
  }
}
