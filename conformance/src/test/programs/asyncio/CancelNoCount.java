package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;

/**
 * Two cancel() calls before delivery both return true but deliver one CancelledError (there is no
 * count): the task catches it, sleeps again undisturbed, and a later cancel() is delivered anew
 * (§2.10).
 */
@MicroPython
public class CancelNoCount {
  @Coroutine
  static int stubborn() {
    int caught = 0;
    for (int round = 0; round < 3; round++) {
      try {
        sleepMs(50);
        System.out.println("slept through round " + round);
      } catch (CancelledError e) {
        caught++;
        System.out.println("caught CancelledError in round " + round);
      }
    }
    return caught;
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t = createTask(() -> stubborn());
    sleepMs(0);
    System.out.println("cancel = " + t.cancel());
    System.out.println("cancel again = " + t.cancel());
    sleepMs(20);
    System.out.println("main: t done = " + t.done());
    sleepMs(60);
    System.out.println("cancel in round 2 = " + t.cancel());
    int caught = t.await();
    System.out.println("t caught " + caught + " CancelledErrors");
    System.out.println("cancel after done = " + t.cancel());
  }

  public static void main(String[] args) {
    run(CancelNoCount::mainTask);
  }
}
