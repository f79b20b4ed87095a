package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;

/** run() returns when main ends; other tasks stay queued and resume in the next run (§2.5). */
@MicroPython
public class RunTwice {
  static int ticks = 0;

  @Coroutine
  static void background() {
    for (int i = 0; i < 4; i++) {
      System.out.println("bg tick " + i);
      ticks++;
      sleepMs(0);
    }
    System.out.println("bg done");
  }

  @Coroutine
  static int first() {
    createTask(() -> background());
    sleepMs(0);
    System.out.println("first main returns");
    return 1;
  }

  @Coroutine
  static int second() {
    System.out.println("second main starts, ticks = " + ticks);
    sleepMs(0);
    sleepMs(0);
    sleepMs(0);
    System.out.println("second main returns, ticks = " + ticks);
    return 2;
  }

  public static void main(String[] args) {
    int a = run(RunTwice::first);
    System.out.println("between runs: a = " + a + ", ticks = " + ticks);
    int b = run(RunTwice::second);
    System.out.println("after runs: b = " + b + ", ticks = " + ticks);
  }
}
