package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.TimeoutError;

/**
 * asyncio's own coroutines wrapped directly in a lambda: waitForMs(() -> event.await(), t),
 * createTask(() -> lock.acquire()), createTask(() -> event.await()) (generator coroutines on
 * MicroPython; only sleep and sleep_ms cannot be wrapped).
 */
@MicroPython
public class WrappedStubCoroutines {
  @Coroutine
  static void setLater(Event e, int ms) {
    sleepMs(ms);
    System.out.println("setting");
    e.set();
  }

  @Coroutine
  static void mainTask() {
    Event e = new Event();
    try {
      waitForMs(() -> e.await(), 5);
      System.out.println("unexpected");
    } catch (TimeoutError t) {
      System.out.println("timed out waiting");
    }
    Task<Void> setter = createTask(() -> setLater(e, 10));
    boolean woke = waitForMs(() -> e.await(), 100);
    System.out.println("woke " + woke + ", set " + e.isSet());
    setter.await();

    Lock lock = new Lock();
    lock.acquire();
    Task<Boolean> second = createTask(() -> lock.acquire());
    sleepMs(1);
    System.out.println("second done early: " + second.done() + ", locked " + lock.locked());
    lock.release();
    System.out.println("second got it: " + second.await() + ", locked " + lock.locked());
    lock.release();

    Event go = new Event();
    Task<Boolean> waiter = createTask(() -> go.await());
    sleepMs(1);
    System.out.println("waiter done: " + waiter.done());
    go.set();
    System.out.println("waiter result: " + waiter.await());
  }

  public static void main(String[] args) {
    run(WrappedStubCoroutines::mainTask);
  }
}
