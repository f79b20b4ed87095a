package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.TimeoutError;

/** Waiting for an event with a timeout; a later set() wakes only the current waiters. */
@MicroPython
public class EventWaitTimeout {
  @Coroutine
  static boolean waitOn(Event e) {
    return e.await();
  }

  @Coroutine
  static void waiter(Event e) {
    e.await();
    System.out.println("waiter woke");
  }

  @Coroutine
  static void mainTask() {
    Event e = new Event();
    try {
      waitForMs(() -> waitOn(e), 5);
      System.out.println("unexpected");
    } catch (TimeoutError t) {
      System.out.println("event wait timed out");
    }
    Task<Void> w = createTask(() -> waiter(e));
    sleepMs(0);
    e.set();
    System.out.println("set, isSet = " + e.isSet());
    w.await();
    System.out.println("wait with timeout on a set event: " + waitForMs(() -> waitOn(e), 0));
  }

  public static void main(String[] args) {
    run(EventWaitTimeout::mainTask);
  }
}
