package rt;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;

/** Real time (the tolerant group): an Event set after 120 ms wakes its waiters in the order they waited. */
@MicroPython
public class RealTimeEvent {
  static final Event ready = new Event();

  @Coroutine
  static void waiter(String name) {
    ready.await();
    System.out.println(name + " woke");
  }

  @Coroutine
  static void setter() {
    sleepMs(120);
    System.out.println("setting");
    ready.set();
  }

  @Coroutine
  static void mainTask() {
    Task<Void> a = createTask(() -> waiter("a"));
    Task<Void> b = createTask(() -> waiter("b"));
    setter();
    a.await();
    b.await();
    System.out.println("both woke");
  }

  public static void main(String[] args) {
    run(RealTimeEvent::mainTask);
  }
}
