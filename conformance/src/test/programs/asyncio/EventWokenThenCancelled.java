package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;

/**
 * A waiter woken by set() but cancelled before it runs gets CancelledError from wait(), not
 * true; the other waiter still wakes normally (§2.10, §2.11).
 */
@MicroPython
public class EventWokenThenCancelled {
  @Coroutine
  static String waiter(String name, Event e) {
    try {
      boolean r = e.await();
      return name + " woke with " + r;
    } catch (CancelledError c) {
      return name + " got CancelledError although the event was set";
    }
  }

  @Coroutine
  static void mainTask() {
    Event e = new Event();
    Task<String> a = createTask(() -> waiter("a", e));
    Task<String> b = createTask(() -> waiter("b", e));
    sleepMs(0);
    e.set();
    System.out.println("set; cancel a before it runs: " + a.cancel());
    System.out.println(a.await());
    System.out.println(b.await());
  }

  public static void main(String[] args) {
    run(EventWokenThenCancelled::mainTask);
  }
}
