package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Order of events under MicroPython's single (wake time, push order) queue. Each expected order is
 * derived from docs micropython-asyncio.md (the section is named in each test), not from a run.
 */
@ExtendWith(VirtualTime.class)
class SchedulingTest {
  private final List<String> log = new ArrayList<>();

  private void count(String name, int times, double seconds) {
    for (int i = 0; i < times; i++) {
      log.add(name + i);
      Asyncio.sleep(seconds);
    }
  }

  /** §2.1/§2.4: equal deadlines wake in push order, so the tasks take turns A0 B0 C0 A1 ... */
  @Test
  void equalSleepsInterleaveInFifoOrder() {
    Asyncio.run(
        () -> {
          Task<Void> a = Asyncio.createTask(() -> count("A", 3, 0.1));
          Task<Void> b = Asyncio.createTask(() -> count("B", 3, 0.1));
          Task<Void> c = Asyncio.createTask(() -> count("C", 3, 0.1));
          Asyncio.gather(a, b, c);
        });
    assertEquals(List.of("A0", "B0", "C0", "A1", "B1", "C1", "A2", "B2", "C2"), log);
    assertEquals(300, VirtualTime.nowMs());
  }

  private void tick(String name, int periodMs, int times) {
    for (int i = 0; i < times; i++) {
      Asyncio.sleepMs(periodMs);
      log.add(name + "@" + VirtualTime.nowMs());
    }
  }

  /**
   * §2.1/§2.4: different deadlines wake in deadline order. At 20 ms B (key 20 pushed at 0 ms) comes
   * before C (key 20 pushed at 10 ms): ties go by push order.
   */
  @Test
  void differentSleepsWakeInDeadlineOrder() {
    Asyncio.run(
        () -> {
          Task<Void> a = Asyncio.createTask(() -> tick("A", 30, 2));
          Task<Void> b = Asyncio.createTask(() -> tick("B", 20, 2));
          Task<Void> c = Asyncio.createTask(() -> tick("C", 10, 2));
          Asyncio.gather(a, b, c);
        });
    assertEquals(List.of("C@10", "B@20", "C@20", "A@30", "B@40", "A@60"), log);
  }

  /** §2.3 (probe p4): create_task only queues; tasks created in one step run in creation order. */
  @Test
  void createdTasksRunOnlyAfterTheCreatorSuspendsInCreationOrder() {
    Asyncio.run(
        () -> {
          log.add("main:start");
          for (int i = 0; i < 5; i++) {
            String name = "c" + i;
            Asyncio.createTask(() -> log.add(name));
          }
          log.add("main:created");
          Asyncio.sleep(0);
          log.add("main:after");
        });
    assertEquals(
        List.of("main:start", "main:created", "c0", "c1", "c2", "c3", "c4", "main:after"), log);
  }

  /** §2.3 (probe p17): a task created before run() is legal and starts when the loop starts. */
  @Test
  void taskCreatedBeforeRunStartsWhenTheLoopStarts() {
    Asyncio.createTask(() -> log.add("early"));
    Asyncio.run(() -> log.add("main"));
    assertEquals(List.of("early", "main"), log);
  }

  private String inline() {
    log.add("inline");
    return "inline-value";
  }

  /** §2.3 (probe p4): {@code await coro()} runs inline: "inline, main:after-inline, other". */
  @Test
  void awaitedCoroutineRunsInline() {
    Asyncio.run(
        () -> {
          Asyncio.createTask(() -> log.add("other"));
          assertEquals("inline-value", inline());
          log.add("main:after-inline");
          Asyncio.sleep(0);
        });
    assertEquals(List.of("inline", "main:after-inline", "other"), log);
  }

  /** §1.1 run: returns main's value. */
  @Test
  void runReturnsTheValueOfMain() {
    assertEquals(42, Asyncio.run(() -> 42));
  }

  /** §1.1 run: re-raises main's exception; a checked one comes out unchanged. */
  @Test
  void runRethrowsTheExceptionOfMainUnchanged() {
    IOException boom = new IOException("boom");
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                Asyncio.run(
                    () -> {
                      Asyncio.sleep(1);
                      throw boom;
                    }));
    assertSame(boom, thrown);
  }

  /**
   * §2.5 (probe p2): tasks pending when main ends stay queued and resume in the next run. bg ticks
   * at 0 and 10 ms; main 1 ends at 15; main 2 is queued at 15, ahead of bg's key 20.
   */
  @Test
  void pendingTasksResumeOnTheNextRun() {
    Asyncio.run(
        () -> {
          Asyncio.createTask(() -> count("bg", 3, 0.010));
          Asyncio.sleepMs(15);
          log.add("main1:end@" + VirtualTime.nowMs());
        });
    Asyncio.run(
        () -> {
          log.add("main2:start@" + VirtualTime.nowMs());
          Asyncio.sleepMs(20);
          log.add("main2:end@" + VirtualTime.nowMs());
        });
    assertEquals(
        List.of("bg0", "bg1", "main1:end@15", "main2:start@15", "bg2", "main2:end@35"), log);
  }

  /** Virtual time: an hour of sleep is a jump of the clock, not a wait. */
  @Test
  void oneHourSleepEndsAtOnceUnderVirtualTime() {
    long before = VirtualTime.nowMs();
    long start = System.nanoTime();
    Asyncio.run(() -> Asyncio.sleep(3600));
    long wallNanos = System.nanoTime() - start;
    assertEquals(3_600_000, VirtualTime.nowMs() - before);
    assertTrue(wallNanos < 1_000_000_000L, "took " + wallNanos / 1_000_000 + " ms of wall time");
  }

  /** §2.4: sleep(t) is sleep_ms(int(t*1000)): truncated, and negative means 0. */
  @Test
  void sleepTruncatesToWholeMillisecondsAndClampsNegative() {
    Asyncio.run(
        () -> {
          long t0 = VirtualTime.nowMs();
          Asyncio.sleep(0.0019);
          log.add("after 0.0019 s: " + (VirtualTime.nowMs() - t0));
          Asyncio.sleep(-5);
          log.add("after -5 s: " + (VirtualTime.nowMs() - t0));
          Asyncio.sleepMs(-7);
          log.add("after -7 ms: " + (VirtualTime.nowMs() - t0));
        });
    assertEquals(List.of("after 0.0019 s: 1", "after -5 s: 1", "after -7 ms: 1"), log);
  }

  /** §1.1 sleep_ms: ticks_add refuses period/2 and more (2^29 ms on the ESP32's 2^30 period). */
  @Test
  void sleepOfHalfTheTickPeriodOverflows() {
    ArithmeticException overflow =
        assertThrows(ArithmeticException.class, () -> Asyncio.run(() -> Asyncio.sleepMs(1 << 29)));
    assertEquals("ticks interval overflow", overflow.getMessage());
    Asyncio.run(() -> Asyncio.sleepMs((1 << 29) - 1));
    assertEquals((1 << 29) - 1, VirtualTime.nowMs());
  }

  /** §2.7 (probe p15): many tasks may await one task; they wake in the order they began waiting. */
  @Test
  void awaitersOfOneTaskWakeInFifoOrderWithItsValue() {
    Asyncio.run(
        () -> {
          Task<String> slow =
              Asyncio.createTask(
                  () -> {
                    Asyncio.sleepMs(10);
                    return "v";
                  });
          List<Task<Void>> waiters = new ArrayList<>();
          for (String name : List.of("W1", "W2", "W3")) {
            waiters.add(Asyncio.createTask(() -> {
              log.add(name + ":" + slow.await());
            }));
          }
          for (Task<Void> waiter : waiters) {
            waiter.await();
          }
          // Awaiting a finished task returns at once, any number of times.
          log.add("again:" + slow.await());
        });
    assertEquals(List.of("W1:v", "W2:v", "W3:v", "again:v"), log);
  }

  /** §2.7: awaiting a task that failed re-raises its exception. */
  @Test
  void awaitingAFailedTaskRethrowsItsException() {
    IllegalStateException boom = new IllegalStateException("boom");
    Asyncio.run(
        () -> {
          Task<Void> failing =
              Asyncio.createTask(
                  () -> {
                    Asyncio.sleepMs(5);
                    throw boom;
                  });
          IllegalStateException seen = assertThrows(IllegalStateException.class, failing::await);
          assertSame(boom, seen);
          assertTrue(failing.done());
        });
  }

  /** §1.1 current_task: the running task; RuntimeError outside one. */
  @Test
  void currentTaskIsTheRunningTask() {
    List<Task<?>> seen = new ArrayList<>();
    Asyncio.run(
        () -> {
          Task<Void> child =
              Asyncio.createTask(
                  () -> {
                    seen.add(Asyncio.currentTask());
                  });
          child.await();
          assertSame(child, seen.get(0));
          assertFalse(Asyncio.currentTask().done());
        });
    RuntimeException outside = assertThrows(RuntimeException.class, Asyncio::currentTask);
    assertEquals("no running event loop", outside.getMessage());
  }

  /** §2.5: a nested asyncio.run() crashes MicroPython; on the JVM it is refused. */
  @Test
  void nestedRunIsRefused() {
    Asyncio.run(
        () -> {
          assertThrows(IllegalStateException.class, () -> Asyncio.run(() -> 1));
        });
  }
}
