package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;

/**
 * A waiter woken by set() is queued at that moment: it runs after the tasks already due and
 * before the tasks queued after the set() (§2.11).
 */
@MicroPython
public class EventWakeBehindReady {
  @Coroutine
  static void waiter(Event e) {
    System.out.println("w waits");
    e.await();
    System.out.println("w woke");
  }

  @Coroutine
  static void say(String what) {
    System.out.println(what);
  }

  @Coroutine
  static void mainTask() {
    Event e = new Event();
    Task<Void> w = createTask(() -> waiter(e));
    sleepMs(0);
    createTask(() -> say("x (queued before set) runs"));
    e.set();
    createTask(() -> say("y (queued after set) runs"));
    System.out.println("main after set");
    w.await();
    sleepMs(0);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(EventWakeBehindReady::mainTask);
  }
}
