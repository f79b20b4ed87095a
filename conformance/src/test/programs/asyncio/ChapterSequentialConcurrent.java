package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;

/** Chapter, "Sequential and Concurrent": awaiting coroutines in turn versus running them as tasks. */
@MicroPython
public class ChapterSequentialConcurrent {
  @Coroutine
  static void count(String name, int n) {
    for (int i = 0; i < n; i++) {
      System.out.println(name + " " + i);
      sleepMs(10);
    }
  }

  @Coroutine
  static void sequential() {
    count("A", 3);
    count("B", 3);
  }

  @Coroutine
  static void concurrent() {
    Task<Void> a = createTask(() -> count("A", 3));
    Task<Void> b = createTask(() -> count("B", 3));
    a.await();
    b.await();
  }

  @Coroutine
  static void mainTask() {
    System.out.println("sequential:");
    sequential();
    System.out.println("concurrent:");
    concurrent();
    System.out.println("done");
  }

  public static void main(String[] args) {
    run(ChapterSequentialConcurrent::mainTask);
  }
}
