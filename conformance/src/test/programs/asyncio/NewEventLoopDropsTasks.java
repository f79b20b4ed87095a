package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.newEventLoop;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;

/**
 * newEventLoop() between two runs drops the tasks the first run left queued: they never resume
 * (§1.1, §2.5). (The dropped task has no finally: on the JVM it would run.)
 */
@MicroPython
public class NewEventLoopDropsTasks {
  static int ticks = 0;

  @Coroutine
  static void background() {
    for (int i = 0; i < 5; i++) {
      System.out.println("bg tick " + i);
      ticks++;
      sleepMs(0);
    }
    System.out.println("bg done (unexpected)");
  }

  @Coroutine
  static void first() {
    createTask(() -> background());
    sleepMs(0);
    System.out.println("first main returns, ticks = " + ticks);
  }

  @Coroutine
  static void second() {
    System.out.println("second main starts, ticks = " + ticks);
    for (int i = 0; i < 4; i++) {
      sleepMs(0);
    }
    sleepMs(20);
    System.out.println("second main ends, ticks = " + ticks);
  }

  public static void main(String[] args) {
    run(NewEventLoopDropsTasks::first);
    newEventLoop();
    System.out.println("new event loop");
    run(NewEventLoopDropsTasks::second);
  }
}
