package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.Task;

/**
 * Cancelling a task inside async with (lock.hold()) releases the lock on the way out, handing it
 * to the next waiter before the task's own handler runs (§1.6, §2.11).
 */
@MicroPython
public class LockHoldCancelled {
  static Lock lock = new Lock();

  @Coroutine
  static void holder() {
    try {
      try (var held = lock.hold()) {
        System.out.println("a holds the lock");
        sleepMs(200);
        System.out.println("a woke (unexpected)");
      }
    } catch (CancelledError e) {
      System.out.println("a cancelled, locked during the hand-off = " + lock.locked());
    }
  }

  @Coroutine
  static void user() {
    System.out.println("b waits for the lock");
    try (var held = lock.hold()) {
      System.out.println("b has the lock");
    }
  }

  @Coroutine
  static void mainTask() {
    Task<Void> a = createTask(() -> holder());
    Task<Void> b = createTask(() -> user());
    sleepMs(0);
    System.out.println("cancel a = " + a.cancel());
    b.await();
    System.out.println("main end, locked = " + lock.locked() + ", a done = " + a.done());
  }

  public static void main(String[] args) {
    run(LockHoldCancelled::mainTask);
  }
}
