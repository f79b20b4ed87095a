package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.currentTask;
import static dev.jmpy.asyncio.Asyncio.run;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** currentTask() is the running task; outside the loop it raises RuntimeError (v1.23+). */
@MicroPython
public class CurrentTask {
  @Coroutine
  static boolean child(Task<?> parent) {
    Task<?> me = currentTask();
    System.out.println("child: me == parent is " + (me == parent) + ", me done " + me.done());
    return me != parent;
  }

  @Coroutine
  static void helper(Task<?> expected) {
    System.out.println("inline helper runs in the caller's task: " + (currentTask() == expected));
  }

  @Coroutine
  static void mainTask() {
    Task<?> me = currentTask();
    System.out.println("main: same object twice " + (me == currentTask()));
    helper(me);
    Task<Boolean> t = createTask(() -> child(me));
    System.out.println("child returned " + t.await());
    System.out.println("main done " + me.done() + ", child done " + t.done());
  }

  public static void main(String[] args) {
    try {
      currentTask();
      System.out.println("unexpected: current task outside the loop");
    } catch (RuntimeException e) {
      System.out.println("no running event loop before run");
    }
    run(CurrentTask::mainTask);
    try {
      currentTask();
      System.out.println("unexpected: current task after run");
    } catch (RuntimeException e) {
      System.out.println("no running event loop after run");
    }
  }
}
