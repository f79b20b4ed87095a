package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Coro;
import java.util.List;

/** gather of nothing returns an empty list without yielding (§2.8). */
@MicroPython
public class GatherEmpty {
  @Coroutine
  static void other() {
    System.out.println("other runs");
  }

  @Coroutine
  static void mainTask() {
    createTask(() -> other());
    List<Object> r = gather(false, new Coro<?>[0]);
    System.out.println("gathered " + r + " before other ran");
    sleepMs(0);
    System.out.println("main end");
  }

  public static void main(String[] args) {
    run(GatherEmpty::mainTask);
  }
}
