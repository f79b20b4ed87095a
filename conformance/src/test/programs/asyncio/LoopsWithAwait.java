package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** for / while / do-while loops with continue and break around awaits, next to another task. */
@MicroPython
public class LoopsWithAwait {
  @Coroutine
  static void forLoop() {
    for (int i = 0; i < 6; i++) {
      if (i % 2 == 1) {
        continue;
      }
      sleepMs(0);
      System.out.println("for " + i);
    }
  }

  @Coroutine
  static void doWhile() {
    int i = 0;
    do {
      i++;
      sleepMs(0);
      if (i == 2) {
        continue;
      }
      System.out.println("do " + i);
    } while (i < 4);
  }

  @Coroutine
  static int whileBreak() {
    int n = 0;
    while (true) {
      sleepMs(0);
      n += 3;
      if (n > 7) {
        break;
      }
      System.out.println("while " + n);
    }
    return n;
  }

  @Coroutine
  static void mainTask() {
    Task<Void> a = createTask(() -> forLoop());
    Task<Void> b = createTask(() -> doWhile());
    Task<Integer> c = createTask(() -> whileBreak());
    a.await();
    b.await();
    System.out.println("whileBreak returned " + c.await());
  }

  public static void main(String[] args) {
    run(LoopsWithAwait::mainTask);
  }
}
