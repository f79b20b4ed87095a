package bench;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Event;

/**
 * A sampler fills a ring buffer every 10 ms and signals each time it is full; a reporter prints
 * min/avg/max of each full buffer.
 */
@MicroPython
public class Sampler {
  static final int SIZE = 8;

  final int[] ring = new int[SIZE];
  int seed = 7;
  boolean done = false;
  final Event full = new Event();

  int read() {
    seed = (seed * 75 + 74) % 65537;
    return 200 + seed % 50;
  }

  @Coroutine
  void sample(int count) {
    for (int i = 0; i < count; i++) {
      ring[i % SIZE] = read();
      if ((i + 1) % SIZE == 0) {
        full.set();
      }
      Asyncio.sleepMs(10);
    }
    done = true;
    full.set();
  }

  @Coroutine
  void report() {
    int reports = 0;
    while (true) {
      full.await();
      full.clear();
      if (done) {
        break;
      }
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      int sum = 0;
      for (int value : ring) {
        min = Math.min(min, value);
        max = Math.max(max, value);
        sum += value;
      }
      System.out.println("report " + reports + ": min=" + min + " avg=" + sum / SIZE + " max=" + max);
      reports++;
    }
    System.out.println("reports " + reports);
  }

  @Coroutine
  void runBoth() {
    Asyncio.gather(() -> sample(24), this::report);
  }

  public static void main(String[] args) {
    Sampler sampler = new Sampler();
    Asyncio.run(() -> sampler.runBoth());
  }
}
