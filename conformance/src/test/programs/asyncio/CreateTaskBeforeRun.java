package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;

/**
 * A task and an Event created before asyncio.run are legal; the task is queued ahead of the main
 * task, so it takes the first step when the loop starts (§2.3).
 */
@MicroPython
public class CreateTaskBeforeRun {
  @Coroutine
  static int early(Event e) {
    System.out.println("early task starts, waits");
    e.await();
    System.out.println("early task woke");
    return 3;
  }

  @Coroutine
  static void mainTask(Task<Integer> t, Event e) {
    System.out.println("main starts, early done = " + t.done());
    e.set();
    System.out.println("main set the event");
    System.out.println("early returned " + t.await());
  }

  public static void main(String[] args) {
    Event e = new Event();
    Task<Integer> t = createTask(() -> early(e));
    System.out.println("created before run, done = " + t.done());
    run(() -> mainTask(t, e));
  }
}
