package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.Task;

/**
 * A Lock has no owner: a task that never acquired it may release it, which hands it to the
 * longest waiter (§1.6).
 */
@MicroPython
public class LockNoOwner {
  @Coroutine
  static void releaser(Lock lock) {
    System.out.println("releaser: locked = " + lock.locked());
    lock.release();
    System.out.println("releaser released main's lock, locked = " + lock.locked());
  }

  @Coroutine
  static void waiter(Lock lock) {
    System.out.println("waiter wants the lock");
    lock.acquire();
    System.out.println("waiter has the lock");
    lock.release();
  }

  @Coroutine
  static void mainTask() {
    Lock lock = new Lock();
    lock.acquire();
    Task<Void> w = createTask(() -> waiter(lock));
    Task<Void> r = createTask(() -> releaser(lock));
    r.await();
    w.await();
    System.out.println("main: locked = " + lock.locked());
    lock.acquire();
    Task<Void> r2 = createTask(() -> releaser(lock));
    r2.await();
    System.out.println("main end: locked = " + lock.locked());
  }

  public static void main(String[] args) {
    run(LockNoOwner::mainTask);
  }
}
