package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.internal.EventLoop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plain Asyncio.run, on real time (no VirtualTime extension). */
class RealTimeTest {
  private final List<String> log = new ArrayList<>();

  @AfterEach
  void dropLeftovers() {
    Asyncio.newEventLoop();
    assertEquals(List.of(), EventLoop.liveTaskThreads(1_000));
  }

  private static void block(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * §2.4 (probe p4, after blocking 30 ms): an overdue timer (older key) runs before work queued
   * later: "sleeper:woke, late-created, main:after".
   */
  @Test
  void overdueTimerRunsBeforeNewerReadyWork() {
    Asyncio.run(
        () -> {
          Asyncio.createTask(
              () -> {
                Asyncio.sleepMs(10);
                log.add("sleeper:woke");
              });
          Asyncio.sleep(0);
          block(30);
          Asyncio.createTask(() -> log.add("late-created"));
          Asyncio.sleep(0);
          log.add("main:after");
        });
    assertEquals(List.of("sleeper:woke", "late-created", "main:after"), log);
  }

  /** A blocking Java call is not an await: it stalls the loop, no other task runs meanwhile. */
  @Test
  void blockingCallDoesNotSwitchTasks() {
    Asyncio.run(
        () -> {
          Asyncio.createTask(
              () -> {
                log.add("A:begin");
                block(20);
                log.add("A:end");
              });
          Asyncio.createTask(() -> log.add("B:ran"));
          Asyncio.sleep(0);
        });
    assertEquals(List.of("A:begin", "A:end", "B:ran"), log);
  }

  @Test
  void sleepTakesRealTime() {
    assertFalse(EventLoop.isVirtualTime());
    long start = System.nanoTime();
    long loopStart = EventLoop.nowMs();
    Asyncio.run(() -> Asyncio.sleepMs(50));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    assertTrue(elapsedMs >= 50, elapsedMs + " ms");
    assertTrue(EventLoop.nowMs() - loopStart >= 50);
  }
}
