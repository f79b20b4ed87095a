package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.Task;

/**
 * release() hands the lock to the longest waiter; locked() is false during the hand-off, yet a
 * new acquire still queues behind the waiters (§1.6, §2.11).
 */
@MicroPython
public class LockFifoHandoff {
  @Coroutine
  static void user(String name, Lock lock) {
    System.out.println(name + " wants the lock");
    lock.acquire();
    System.out.println(name + " has the lock");
    sleepMs(0);
    System.out.println(name + " releases");
    lock.release();
  }

  @Coroutine
  static void mainTask() {
    Lock lock = new Lock();
    System.out.println("locked initially: " + lock.locked());
    lock.acquire();
    System.out.println("main holds it: " + lock.locked());
    createTask(() -> user("a", lock));
    createTask(() -> user("b", lock));
    Task<Void> c = createTask(() -> user("c", lock));
    sleepMs(0);
    lock.release();
    System.out.println("main released, locked during hand-off: " + lock.locked());
    lock.acquire();
    System.out.println("main has the lock again, c done: " + c.done());
    lock.release();
    System.out.println("main end, locked: " + lock.locked());
  }

  public static void main(String[] args) {
    run(LockFifoHandoff::mainTask);
  }
}
