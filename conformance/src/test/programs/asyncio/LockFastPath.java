package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Lock;

/** Acquiring a free lock does not yield; releasing an unheld lock raises RuntimeError. */
@MicroPython
public class LockFastPath {
  @Coroutine
  static void other() {
    System.out.println("other task runs");
  }

  @Coroutine
  static void mainTask() {
    Lock lock = new Lock();
    createTask(() -> other());
    boolean r = lock.acquire();
    System.out.println("acquired without yielding: " + r + ", locked " + lock.locked());
    lock.release();
    System.out.println("released, locked " + lock.locked());
    try {
      lock.release();
      System.out.println("unexpected: second release worked");
    } catch (RuntimeException e) {
      System.out.println("second release raised");
    }
    sleepMs(0);
    System.out.println("main after sleep(0)");
  }

  public static void main(String[] args) {
    run(LockFastPath::mainTask);
  }
}
