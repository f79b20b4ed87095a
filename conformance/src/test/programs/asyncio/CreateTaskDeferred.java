package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** createTask only queues the task: it first runs when the creator suspends (§2.3). */
@MicroPython
public class CreateTaskDeferred {
  @Coroutine
  static void child(String name) {
    System.out.println("child " + name + " starts");
    sleepMs(0);
    System.out.println("child " + name + " resumes");
  }

  @Coroutine
  static void inline() {
    System.out.println("inline coroutine runs at once");
  }

  @Coroutine
  static void mainTask() {
    Task<Void> t = createTask(() -> child("a"));
    System.out.println("created a, done = " + t.done());
    inline();
    System.out.println("after inline await, still not started");
    sleepMs(0);
    System.out.println("main after first sleep(0)");
    sleepMs(0);
    System.out.println("main after second sleep(0), done = " + t.done());
    t.await();
    System.out.println("awaited, done = " + t.done());
  }

  public static void main(String[] args) {
    run(CreateTaskDeferred::mainTask);
  }
}
