package aio;

import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** A gather inside a gather child; results flow back through coroutine return values. */
@MicroPython
public class GatherNested {
  @Coroutine
  static int leaf(int v) {
    sleepMs(0);
    System.out.println("leaf " + v);
    return v;
  }

  @Coroutine
  static int branch(int base) {
    List<Integer> r = gather(() -> leaf(base + 1), () -> leaf(base + 2));
    int sum = 0;
    for (int x : r) {
      sum += x;
    }
    System.out.println("branch " + base + " sum " + sum);
    return sum;
  }

  @Coroutine
  static void mainTask() {
    List<Integer> r = gather(() -> branch(10), () -> branch(20));
    System.out.println("top " + r);
  }

  public static void main(String[] args) {
    run(GatherNested::mainTask);
  }
}
