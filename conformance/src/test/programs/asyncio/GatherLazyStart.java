package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** gather's children become tasks when it is awaited, behind tasks created earlier (§2.8). */
@MicroPython
public class GatherLazyStart {
  @Coroutine
  static int child(String name, int v) {
    System.out.println(name + " step 1");
    sleepMs(0);
    System.out.println(name + " step 2");
    return v;
  }

  @Coroutine
  static void background() {
    System.out.println("bg step 1");
    sleepMs(0);
    System.out.println("bg step 2");
  }

  @Coroutine
  static void mainTask() {
    createTask(() -> background());
    System.out.println("main before gather");
    List<Integer> r = gather(() -> child("g1", 1), () -> child("g2", 2));
    System.out.println("main after gather " + r);
  }

  public static void main(String[] args) {
    run(GatherLazyStart::mainTask);
  }
}
