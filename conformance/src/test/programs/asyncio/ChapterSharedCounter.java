package aio;

import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Lock;

/** Chapter, "Shared Variables and Locks": a lost update without a lock, none with one. */
@MicroPython
public class ChapterSharedCounter {
  static int counter = 0;

  @Coroutine
  static void addOne() {
    int value = counter;
    sleepMs(0);
    counter = value + 1;
  }

  @Coroutine
  static void addOneLocked(Lock lock) {
    lock.acquire();
    try {
      int value = counter;
      sleepMs(0);
      counter = value + 1;
    } finally {
      lock.release();
    }
  }

  @Coroutine
  static void mainTask() {
    counter = 0;
    gather(() -> addOne(), () -> addOne(), () -> addOne(), () -> addOne(), () -> addOne());
    System.out.println("without a lock: " + counter);
    counter = 0;
    Lock lock = new Lock();
    gather(() -> addOneLocked(lock), () -> addOneLocked(lock), () -> addOneLocked(lock),
        () -> addOneLocked(lock), () -> addOneLocked(lock));
    System.out.println("with a lock: " + counter);
  }

  public static void main(String[] args) {
    run(ChapterSharedCounter::mainTask);
  }
}
