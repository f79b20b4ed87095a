package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.TimeoutError;

/** Acquiring a held lock under wait_for times out and leaves the lock's queue. */
@MicroPython
public class LockAcquireTimeout {
  @Coroutine
  static boolean take(Lock lock) {
    return lock.acquire();
  }

  @Coroutine
  static void holder(Lock lock) {
    lock.acquire();
    System.out.println("holder has the lock");
    sleepMs(50);
    lock.release();
    System.out.println("holder released, locked = " + lock.locked());
  }

  @Coroutine
  static void mainTask() {
    Lock lock = new Lock();
    Task<Void> h = createTask(() -> holder(lock));
    sleepMs(0);
    try {
      waitForMs(() -> take(lock), 1);
      System.out.println("unexpected: acquired");
    } catch (TimeoutError e) {
      System.out.println("acquire timed out, locked = " + lock.locked());
    }
    h.await();
    System.out.println("after holder, locked = " + lock.locked());
    System.out.println("acquire now: " + waitForMs(() -> take(lock), 5));
    lock.release();
  }

  public static void main(String[] args) {
    run(LockAcquireTimeout::mainTask);
  }
}
