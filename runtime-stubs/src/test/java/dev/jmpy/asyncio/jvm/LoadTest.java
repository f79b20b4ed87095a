package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 10,000 concurrent tasks under virtual time: all wait on one Event, then sleep, take a Lock to
 * count themselves, and the last one signals main through a second Event. Checks the order
 * MicroPython's queue gives (wake time, then push order) at this size, and prints its figures.
 * The extension asserts that no task thread is left afterwards.
 */
@ExtendWith(VirtualTime.class)
class LoadTest {
  private static final int TASKS = 10_000;

  private final Event start = new Event();
  private final Event allDone = new Event();
  private final Lock lock = new Lock();
  private final List<Integer> wakeOrder = new ArrayList<>();
  private int finished;

  private static int sleepOf(int task) {
    return (task * 7919) % 1000;
  }

  private void worker(int task) {
    start.await();
    Asyncio.sleepMs(sleepOf(task));
    wakeOrder.add(task);
    lock.acquire();
    try {
      finished++;
      if (finished == TASKS) {
        allDone.set();
      }
    } finally {
      lock.release();
    }
  }

  @Test
  void tenThousandTasksSleepAndSignalInQueueOrder() {
    long wallStart = System.nanoTime();
    long virtualStart = VirtualTime.nowMs();
    Asyncio.run(() -> {
      for (int i = 0; i < TASKS; i++) {
        int task = i;
        Asyncio.createTask(() -> worker(task));
      }
      Asyncio.sleepMs(0); // every worker now waits on start
      start.set();
      allDone.await();
    });
    long wallMs = (System.nanoTime() - wallStart) / 1_000_000;
    long virtualMs = VirtualTime.nowMs() - virtualStart;

    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      expected.add(i);
    }
    // Equal wake times keep the order the tasks went to sleep in: start woke them in FIFO order.
    expected.sort(Comparator.comparingInt(LoadTest::sleepOf));
    assertEquals(TASKS, finished);
    assertEquals(expected, wakeOrder);
    assertEquals(999, virtualMs);
    System.out.printf("load: %d tasks waited on one Event, slept up to %d virtual ms, counted "
        + "under a Lock and signalled main: %d ms of wall time%n", TASKS, virtualMs, wallMs);
  }
}
