package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.Task;

/**
 * try (var held = lock.hold()) is async with lock: waiters enter in FIFO order, the lock is
 * released when the block ends normally, by return or by an exception (before catch and finally
 * run), and two resources are released in reverse order.
 */
@MicroPython
public class LockAsyncWith {
  static Lock lock = new Lock();
  static Lock second = new Lock();
  static int shared = 0;

  @Coroutine
  static void add(String name, int ms) {
    try (var held = lock.hold()) {
      int seen = shared;
      System.out.println(name + " in, saw " + seen);
      sleepMs(ms);
      shared = seen + 1;
      System.out.println(name + " out");
    }
  }

  @Coroutine
  static int early(int k) {
    try (var held = lock.hold()) {
      if (k > 0) {
        return k * 10;
      }
      System.out.println("not early");
    }
    return -1;
  }

  @Coroutine
  static void failing() {
    try (var held = lock.hold()) {
      System.out.println("failing holds: " + lock.locked());
      throw new IllegalStateException("boom");
    } catch (IllegalStateException e) {
      System.out.println("caught " + e.getMessage() + ", locked: " + lock.locked());
    } finally {
      System.out.println("finally, locked: " + lock.locked());
    }
  }

  @Coroutine
  static void both(String name) {
    try (var a = lock.hold(); var b = second.hold()) {
      System.out.println(name + " holds both: " + lock.locked() + " " + second.locked());
      sleepMs(5);
    }
    System.out.println(name + " released: " + lock.locked() + " " + second.locked());
  }

  @Coroutine
  static void watcher() {
    sleepMs(2);
    System.out.println("watcher sees second locked: " + second.locked());
    try (var b = second.hold()) {
      System.out.println("watcher got second");
    }
  }

  @Coroutine
  static void mainTask() {
    gather(() -> add("a", 10), () -> add("b", 1), () -> add("c", 5));
    System.out.println("shared = " + shared + ", locked: " + lock.locked());
    System.out.println("early(3) = " + early(3) + ", locked: " + lock.locked());
    System.out.println("early(0) = " + early(0) + ", locked: " + lock.locked());
    failing();
    Task<Void> w = createTask(() -> watcher());
    both("main");
    w.await();
    System.out.println("end, locked: " + lock.locked() + " " + second.locked());
  }

  public static void main(String[] args) {
    run(LockAsyncWith::mainTask);
  }
}
