package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;

/** A waiter cancelled while waiting leaves the event's queue; set() wakes only the others. */
@MicroPython
public class EventWaiterCancelled {
  @Coroutine
  static String waiter(String name, Event e) {
    try {
      e.await();
      System.out.println(name + " woke");
      return name + " ok";
    } catch (CancelledError c) {
      System.out.println(name + " cancelled while waiting");
      return name + " cancelled";
    }
  }

  @Coroutine
  static void mainTask() {
    Event e = new Event();
    Task<String> a = createTask(() -> waiter("a", e));
    Task<String> b = createTask(() -> waiter("b", e));
    Task<String> c = createTask(() -> waiter("c", e));
    sleepMs(0);
    System.out.println("cancel b: " + b.cancel());
    sleepMs(0);
    System.out.println("b done: " + b.done() + ", a done: " + a.done());
    e.set();
    System.out.println(a.await() + ", " + b.await() + ", " + c.await());
  }

  public static void main(String[] args) {
    run(EventWaiterCancelled::mainTask);
  }
}
