package aio;

import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import java.util.List;

/** Chapter: gather returns the results in argument order, not in finishing order. */
@MicroPython
public class ChapterGatherSquares {
  @Coroutine
  static int square(int x) {
    sleepMs(24 * (3 - x) + 1);
    System.out.println("square " + x + " ready");
    return x * x;
  }

  @Coroutine
  static void mainTask() {
    List<Integer> squares = gather(() -> square(1), () -> square(2), () -> square(3));
    System.out.println("gathered " + squares);
    int total = 0;
    for (int s : squares) {
      total += s;
    }
    System.out.println("total " + total);
  }

  public static void main(String[] args) {
    run(ChapterGatherSquares::mainTask);
  }
}
