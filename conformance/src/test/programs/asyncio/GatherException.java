package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;
import java.util.List;

/** The first failing child's exception is raised; the other children keep running (§2.8). */
@MicroPython
public class GatherException {
  @Coroutine
  static int ok(String name, int ms) {
    sleepMs(ms);
    System.out.println(name + " finished");
    return 1;
  }

  @Coroutine
  static int fails(int ms) {
    sleepMs(ms);
    System.out.println("fails is about to divide by zero");
    int zero = 0;
    return 10 / zero;
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> tail = createTask(() -> ok("tail", 120));
    try {
      List<Integer> r = gather(() -> ok("a", 0), () -> fails(20), () -> ok("b", 80));
      System.out.println("unexpected " + r);
    } catch (Exception e) {
      System.out.println("gather raised");
    }
    System.out.println("main continues");
    tail.await();
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(GatherException::mainTask);
  }
}
