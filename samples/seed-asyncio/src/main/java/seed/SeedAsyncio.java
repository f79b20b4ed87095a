package seed;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.Task;
import java.util.List;

/** The programs of the asyncio chapter ("ESP32 in MicroPython: Asyncio"), in Java. */
@MicroPython
public class SeedAsyncio {
  /** Shared by the tasks of the last two programs. */
  static int counter = 0;

  /** "Coroutines and Tasks": a coroutine that returns a value to asyncio.run. */
  @Coroutine
  static int myCo() {
    System.out.println("Hello Coroutine World");
    return 42;
  }

  /** "Await": a coroutine awaited from main. */
  @Coroutine
  static void test1(String msg) {
    System.out.println(msg);
  }

  /** Counts to n, giving the other tasks a turn after each step. */
  @Coroutine
  static void count(String name, int n) {
    for (int i = 0; i < n; i++) {
      System.out.println(name + " " + i);
      sleepMs(10);
    }
  }

  /** "Sequential and Concurrent": one counter after the other... */
  @Coroutine
  static void sequential() {
    count("A", 3);
    count("B", 3);
  }

  /** ...and both at once, as tasks. */
  @Coroutine
  static void concurrent() {
    Task<Void> a = createTask(() -> count("A", 3));
    Task<Void> b = createTask(() -> count("B", 3));
    a.await();
    b.await();
  }

  @Coroutine
  static int square(int x) {
    sleepMs(10 * (4 - x)); // the last one finishes first
    return x * x;
  }

  /** gather returns the results in argument order, not in finishing order. */
  @Coroutine
  static void gathered() {
    List<Integer> squares = gather(() -> square(1), () -> square(2), () -> square(3));
    System.out.println("gathered " + squares);
  }

  /** "Shared Variables and Locks": read, yield to the others, write back. */
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
  static void sharedCounter() {
    counter = 0;
    gather(() -> addOne(), () -> addOne(), () -> addOne(), () -> addOne(), () -> addOne());
    System.out.println("without a lock: " + counter);
    counter = 0;
    Lock lock = new Lock();
    gather(() -> addOneLocked(lock), () -> addOneLocked(lock), () -> addOneLocked(lock),
        () -> addOneLocked(lock), () -> addOneLocked(lock));
    System.out.println("with a lock: " + counter);
  }

  @Coroutine
  static void mainTask() {
    test1("Hello Coroutine World");
    System.out.println("sequential:");
    sequential();
    System.out.println("concurrent:");
    concurrent();
    gathered();
    sharedCounter();
  }

  public static void main(String[] args) {
    int result = run(SeedAsyncio::myCo);
    System.out.println(result);
    run(SeedAsyncio::mainTask);
  }
}
