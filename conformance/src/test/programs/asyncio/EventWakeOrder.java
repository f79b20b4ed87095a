package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;

/** set() wakes waiters in the order they began waiting; the setter keeps running (§2.11). */
@MicroPython
public class EventWakeOrder {
  @Coroutine
  static void waiter(String name, Event e) {
    System.out.println(name + " waits, isSet = " + e.isSet());
    boolean r = e.await();
    System.out.println(name + " woke, wait returned " + r);
  }

  @Coroutine
  static void mainTask() {
    Event e = new Event();
    System.out.println("initially isSet = " + e.isSet());
    createTask(() -> waiter("w1", e));
    createTask(() -> waiter("w2", e));
    Task<Void> w3 = createTask(() -> waiter("w3", e));
    sleepMs(0);
    System.out.println("main sets");
    e.set();
    System.out.println("main still running, isSet = " + e.isSet());
    w3.await();
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(EventWakeOrder::mainTask);
  }
}
