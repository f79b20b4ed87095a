package aio;

import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** gather of coroutines that return nothing: one (null) entry per coroutine. */
@MicroPython
public class GatherVoid {
  static String log = "";

  @Coroutine
  static void note(String s, int ms) {
    sleepMs(ms);
    log += s;
  }

  @Coroutine
  static void mainTask() {
    List<Object> r = gather(() -> note("a", 49), () -> note("b", 1), () -> note("c", 25));
    System.out.println("size " + r.size() + ", log " + log);
    System.out.println("first is null: " + (r.get(0) == null));
    gather(() -> note("x", 0), () -> note("y", 0));
    System.out.println("log " + log);
  }

  public static void main(String[] args) {
    run(GatherVoid::mainTask);
  }
}
