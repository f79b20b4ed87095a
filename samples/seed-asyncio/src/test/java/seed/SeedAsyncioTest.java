package seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seed programs' logic, tested on the JVM in virtual time: sleeps take no wall time, and the
 * order of events is MicroPython's.
 */
@ExtendWith(VirtualTime.class)
class SeedAsyncioTest {

  @Test
  void myCoReturnsItsValueThroughRun() {
    assertEquals(42, Asyncio.run(SeedAsyncio::myCo));
  }

  @Test
  void sequentialCountersTakeTheSumOfTheirTimesAndConcurrentOnesTheLongest() {
    Asyncio.run(SeedAsyncio::sequential);
    assertEquals(60, VirtualTime.nowMs()); // 2 counters x 3 steps x 10 ms
    long start = VirtualTime.nowMs();
    Asyncio.run(SeedAsyncio::concurrent);
    assertEquals(30, VirtualTime.nowMs() - start);
  }

  @Test
  void gatherReturnsResultsInArgumentOrderNotFinishingOrder() {
    List<Integer> squares = Asyncio.run(() -> Asyncio.gather(
        () -> SeedAsyncio.square(1), () -> SeedAsyncio.square(2), () -> SeedAsyncio.square(3)));
    assertEquals(List.of(1, 4, 9), squares);
    assertEquals(30, VirtualTime.nowMs()); // square(1) sleeps longest: 10 * (4 - 1)
  }

  @Test
  void withoutALockUpdatesAreLostAndWithOneTheyAreNot() {
    Asyncio.run(SeedAsyncio::sharedCounter);
    assertEquals(5, SeedAsyncio.counter); // the last line: with a lock
  }

  @Test
  void anHourOfSleepTakesNoWallTime() {
    long wallStart = System.nanoTime();
    Asyncio.run(() -> { Asyncio.sleep(3600); return null; });
    assertEquals(3_600_000, VirtualTime.nowMs());
    assertTrue(System.nanoTime() - wallStart < 1_000_000_000L, "virtual time is instant");
  }
}
