package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Task;
import java.util.List;

/** gather of Task objects, including tasks that already finished (v1.23+, §2.8). */
@MicroPython
public class GatherTasks {
  @Coroutine
  static int work(int v, int ms) {
    sleepMs(ms);
    System.out.println("work " + v + " done");
    return v + 100;
  }

  @Coroutine
  static void mainTask() {
    Task<Integer> a = createTask(() -> work(1, 30));
    Task<Integer> b = createTask(() -> work(2, 1));
    List<Integer> r = gather(a, b);
    System.out.println("gathered " + r + ", done " + a.done() + " " + b.done());
    Task<Integer> c = createTask(() -> work(3, 0));
    sleepMs(0);
    sleepMs(0);
    System.out.println("c done before gather: " + c.done());
    Task<Integer> d = createTask(() -> work(4, 0));
    List<Integer> r2 = gather(c, d);
    System.out.println("gathered " + r2);
    List<Integer> r3 = gather(a, b, c, d);
    System.out.println("all finished " + r3);
  }

  public static void main(String[] args) {
    run(GatherTasks::mainTask);
  }
}
