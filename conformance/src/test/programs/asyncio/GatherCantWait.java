package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;
import java.util.List;

/** A task held by a running gather cannot be awaited: RuntimeError("can't wait") (§2.7). */
@MicroPython
public class GatherCantWait {
  @Coroutine
  static int work(int v) {
    sleepMs(20);
    return v;
  }

  @Coroutine
  static String gatherOne(Task<Integer> t) {
    List<Integer> r = gather(t);
    return "gathered " + r;
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> t = createTask(() -> work(5));
    Task<String> g = createTask(() -> gatherOne(t));
    sleepMs(0);
    sleepMs(0);
    try {
      int v = t.await();
      System.out.println("unexpected " + v);
    } catch (RuntimeException e) {
      System.out.println("await of a gathered task raised");
    }
    System.out.println(g.await());
    System.out.println("after the gather it can be awaited: " + t.await());
  }

  public static void main(String[] args) {
    run(GatherCantWait::mainTask);
  }
}
