package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;

/** set() then clear() before the waiters run still wakes them (§2.11). */
@MicroPython
public class EventSetThenClear {
  @Coroutine
  static void waiter(String name, Event e) {
    boolean r = e.await();
    System.out.println(name + " woke with " + r + ", isSet now " + e.isSet());
  }

  @Coroutine
  static void mainTask() {
    Event e = new Event();
    Task<Void> a = createTask(() -> waiter("a", e));
    Task<Void> b = createTask(() -> waiter("b", e));
    sleepMs(0);
    e.set();
    e.clear();
    System.out.println("main: set and cleared, isSet = " + e.isSet());
    a.await();
    b.await();
    Task<Void> c = createTask(() -> waiter("c", e));
    sleepMs(0);
    System.out.println("c still waiting: " + !c.done());
    e.set();
    c.await();
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(EventSetThenClear::mainTask);
  }
}
