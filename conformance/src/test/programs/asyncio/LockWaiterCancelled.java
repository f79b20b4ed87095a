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
 * A waiter cancelled while queued leaves the queue; a waiter cancelled after the hand-off passes
 * the lock on to the next waiter (§2.11).
 */
@MicroPython
public class LockWaiterCancelled {
  @Coroutine
  static void user(String name, Lock lock) {
    try {
      lock.acquire();
    } catch (CancelledError e) {
      System.out.println(name + " cancelled in acquire, locked = " + lock.locked());
      return;
    }
    System.out.println(name + " has the lock");
    lock.release();
  }

  @Coroutine
  static void mainTask() {
    Lock lock = new Lock();
    lock.acquire();
    Task<Void> a = createTask(() -> user("a", lock));
    Task<Void> b = createTask(() -> user("b", lock));
    Task<Void> c = createTask(() -> user("c", lock));
    sleepMs(0);
    System.out.println("cancel b while queued: " + b.cancel());
    sleepMs(0);
    lock.release();
    System.out.println("released to a; cancel a before it runs: " + a.cancel());
    c.await();
    System.out.println("a done " + a.done() + ", b done " + b.done() + ", locked " + lock.locked());
  }

  public static void main(String[] args) {
    run(LockWaiterCancelled::mainTask);
  }
}
