package bench;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import java.util.List;

/** gather of four coroutines that finish in the reverse order: results in argument order. */
@MicroPython
public class Squares {
  @Coroutine
  static int square(int x) {
    Asyncio.sleepMs(50 * (5 - x));
    System.out.println("square " + x + " done");
    return x * x;
  }

  @Coroutine
  static void all() {
    List<Integer> results = Asyncio.gather(
        () -> square(1), () -> square(2), () -> square(3), () -> square(4));
    int sum = 0;
    for (int r : results) {
      sum += r;
    }
    System.out.println("results " + results + ", sum " + sum);
  }

  public static void main(String[] args) {
    Asyncio.run(Squares::all);
  }
}
