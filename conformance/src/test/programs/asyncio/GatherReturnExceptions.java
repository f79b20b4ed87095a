package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;
import java.util.List;

/**
 * gather(returnExceptions = true): a failing child's exception takes its place in the list and
 * the gather waits for every child (the late one included); a cancelled child gives its
 * CancelledError. With false, the first failure is raised while the others keep running.
 */
@MicroPython
public class GatherReturnExceptions {
  @Coroutine
  static int work(String name, int ms, boolean fail) {
    sleepMs(ms);
    System.out.println(name + " done after " + ms + " ms");
    if (fail) {
      throw new IllegalStateException(name + " failed");
    }
    return ms;
  }

  @Coroutine
  static void quiet(int ms) {
    sleepMs(ms);
    System.out.println("quiet " + ms + " done");
  }

  @Coroutine
  static void cancelLater(Task<Integer> task, int ms) {
    sleepMs(ms);
    System.out.println("cancelling slow: " + task.cancel());
  }

  static void show(List<Object> results) {
    for (Object r : results) {
      if (r instanceof CancelledError) {
        System.out.println("  cancelled");
      } else if (r instanceof IllegalStateException e) {
        System.out.println("  error: " + e.getMessage());
      } else {
        Integer value = (Integer) r;
        System.out.println("  value: " + value);
      }
    }
  }

  @Coroutine
  static void mainTask() {
    List<Object> results = gather(true, () -> work("a", 30, false), () -> work("b", 10, true),
        () -> work("c", 60, false));
    System.out.println("gathered " + results.size());
    show(results);

    Task<Integer> slow = createTask(() -> work("slow", 100, false));
    Task<Integer> fast = createTask(() -> work("fast", 20, false));
    Task<Void> canceller = createTask(() -> cancelLater(slow, 50));
    List<Object> mixed = gather(true, slow, fast);
    System.out.println("mixed " + mixed.size());
    show(mixed);
    canceller.await();

    List<Object> none = gather(true, () -> quiet(5), () -> quiet(1));
    System.out.println("void results " + none);

    try {
      gather(false, () -> work("x", 10, true), () -> work("y", 40, false));
      System.out.println("unexpected");
    } catch (IllegalStateException e) {
      System.out.println("raised: " + e.getMessage());
    }
    sleepMs(60);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(GatherReturnExceptions::mainTask);
  }
}
