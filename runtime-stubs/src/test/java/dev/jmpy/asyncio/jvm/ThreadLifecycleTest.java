package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.internal.EventLoop;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Task threads do not outlive their tasks, nor newEventLoop(). */
@ExtendWith(VirtualTime.class)
class ThreadLifecycleTest {
  private final List<String> log = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();

  private void worker(int ms) {
    threads.add(Thread.currentThread());
    Asyncio.sleepMs(ms);
  }

  @Test
  void noTaskThreadIsAliveWhenRunReturnsAfterEveryTaskEnded() {
    Asyncio.run(
        () -> {
          threads.add(Thread.currentThread());
          Asyncio.gather(() -> worker(10), () -> worker(20), () -> worker(5));
          Task<Void> detached = Asyncio.createTask(() -> worker(1));
          detached.await();
        });
    assertEquals(5, threads.size());
    for (Thread thread : threads) {
      assertTrue(thread.isVirtual());
      assertFalse(thread.isAlive(), thread + " is alive");
    }
    assertEquals(0, EventLoop.pendingTaskCount());
  }

  /**
   * §2.5: run() leaves a pending task queued (its thread parked); new_event_loop() drops it. Its
   * thread is unwound at once (its finally block runs, which MicroPython would never do), and it
   * does not run in the next run.
   */
  @Test
  void newEventLoopEndsThreadsOfTasksLeftPending() {
    Event never = new Event();
    Asyncio.run(
        () -> {
          Asyncio.createTask(
              () -> {
                threads.add(Thread.currentThread());
                try {
                  for (int i = 0; ; i++) {
                    log.add("bg" + i);
                    Asyncio.sleepMs(10);
                  }
                } finally {
                  log.add("bg:finally");
                }
              });
          Asyncio.createTask(
              () -> {
                threads.add(Thread.currentThread());
                never.await();
              });
          Asyncio.sleepMs(15);
        });
    assertEquals(List.of("bg0", "bg1"), log);
    assertEquals(2, threads.size());
    assertTrue(threads.get(0).isAlive());
    assertTrue(threads.get(1).isAlive());
    assertEquals(2, EventLoop.pendingTaskCount());

    Asyncio.newEventLoop();

    for (Thread thread : threads) {
      assertFalse(thread.isAlive(), thread + " is alive");
    }
    assertEquals(List.of("bg0", "bg1", "bg:finally"), log);
    assertEquals(0, EventLoop.pendingTaskCount());
    Asyncio.run(() -> Asyncio.sleepMs(100));
    assertEquals(List.of("bg0", "bg1", "bg:finally"), log);
    assertEquals(List.of(), EventLoop.liveTaskThreads(1_000));
  }

  /** A deadlocked run leaves its tasks parked; new_event_loop() ends them too. */
  @Test
  void newEventLoopEndsTheThreadsOfADeadlockedRun() {
    Event never = new Event();
    try {
      Asyncio.run(
          () -> {
            threads.add(Thread.currentThread());
            never.await();
          });
    } catch (IllegalStateException expected) {
      log.add("deadlock");
    }
    assertTrue(threads.get(0).isAlive());
    Asyncio.newEventLoop();
    assertFalse(threads.get(0).isAlive());
    assertEquals(List.of("deadlock"), log);
  }
}
