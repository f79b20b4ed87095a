package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Event;

/** Waiting on an event that is already set returns without yielding (§1.4). */
@MicroPython
public class EventAlreadySet {
  @Coroutine
  static void other() {
    System.out.println("other task runs");
  }

  @Coroutine
  static void mainTask() {
    Event e = new Event();
    e.set();
    createTask(() -> other());
    boolean r = e.await();
    System.out.println("main passed wait without yielding: " + r);
    r = e.await();
    System.out.println("and again: " + r);
    sleepMs(0);
    System.out.println("main after sleep(0)");
    e.clear();
    System.out.println("after clear isSet = " + e.isSet());
    e.set();
    e.set();
    System.out.println("set twice isSet = " + e.isSet());
  }

  public static void main(String[] args) {
    run(EventAlreadySet::mainTask);
  }
}
