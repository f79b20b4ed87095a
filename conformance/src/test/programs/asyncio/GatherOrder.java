package aio;

import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** gather returns results in argument order, whatever order the children finish in (§2.8). */
@MicroPython
public class GatherOrder {
  @Coroutine
  static int delayed(int value, int ms) {
    System.out.println("start " + value);
    sleepMs(ms);
    System.out.println("finish " + value);
    return value * 10;
  }

  @Coroutine
  static int immediate(int value) {
    System.out.println("immediate " + value);
    return -value;
  }

  @Coroutine
  static void mainTask() {
    List<Integer> r = gather(() -> delayed(1, 49), () -> delayed(2, 1), () -> delayed(3, 25));
    System.out.println("results " + r);
    System.out.println("size " + r.size() + ", first " + r.get(0) + ", last " + r.get(2));
    int sum = 0;
    for (int v : r) {
      sum += v;
    }
    System.out.println("sum " + sum);
    List<Integer> q = gather(() -> immediate(5), () -> immediate(6));
    System.out.println("immediate results " + q);
    List<Integer> one = gather(() -> immediate(9));
    System.out.println("single " + one);
  }

  public static void main(String[] args) {
    run(GatherOrder::mainTask);
  }
}
