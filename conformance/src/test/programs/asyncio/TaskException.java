package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** An exception in a task is raised where the task is awaited; inline awaits propagate directly. */
@MicroPython
public class TaskException {
  @Coroutine
  static int failing(int d) {
    sleepMs(1);
    System.out.println("failing divides by " + d);
    return 60 / d;
  }

  @Coroutine
  static int parse(String s) {
    sleepMs(0);
    return Integer.parseInt(s);
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t = createTask(() -> failing(0));
    try {
      int v = t.await();
      System.out.println("unexpected " + v);
    } catch (Exception e) {
      System.out.println("await raised, done = " + t.done());
    }
    try {
      int v = failing(0);
      System.out.println("unexpected " + v);
    } catch (RuntimeException e) {
      System.out.println("inline await raised");
    } finally {
      System.out.println("finally after inline");
    }
    Task<Integer> ok = createTask(() -> failing(7));
    System.out.println("ok = " + ok.await());
    try {
      System.out.println("parse = " + parse("12x"));
    } catch (Exception e) {
      System.out.println("parse raised");
    }
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(TaskException::mainTask);
  }
}
