package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.ThreadSafeFlag;
import dev.jmpy.asyncio.internal.Outside;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The loop's hooks for the world outside it ({@link Outside}): timed events that wake a waiting
 * loop (as a simulated board's pin changes do), a halt that ends the run at once (a board reset),
 * and the virtual-time rule for a test thread that talks to a loop running on another thread.
 */
@ExtendWith(VirtualTime.class)
class OutsideTest {
  /** Timed events: ms → action, fired in time order. */
  static final class Timeline implements Outside.Events {
    final TreeMap<Long, Runnable> events = new TreeMap<>();

    @Override
    public long nextEventMs() {
      return events.isEmpty() ? Outside.NEVER : events.firstKey();
    }

    @Override
    public void runDue(long nowMs) {
      while (!events.isEmpty() && events.firstKey() <= nowMs) {
        events.pollFirstEntry().getValue().run();
      }
    }
  }

  static final class Reset extends Outside.LoopHalt {
    Reset() {
      super("reset");
    }
  }

  @AfterEach
  void unplug() {
    Outside.setEvents(null);
  }

  @Test
  void aTimedEventWakesATaskWaitingOnAFlagAtItsTime() {
    Timeline timeline = new Timeline();
    ThreadSafeFlag flag = new ThreadSafeFlag();
    timeline.events.put(500L, flag::set);
    Outside.setEvents(timeline);
    long woken = Asyncio.run(() -> {
      flag.await(); // nothing else is queued: without the event this would be a deadlock
      return VirtualTime.nowMs();
    });
    assertEquals(500, woken);
  }

  @Test
  void anEventFiresBeforeATaskDueAtTheSameTime() {
    Timeline timeline = new Timeline();
    List<String> seen = new ArrayList<>();
    timeline.events.put(100L, () -> seen.add("event@" + VirtualTime.nowMs()));
    Outside.setEvents(timeline);
    Asyncio.run(() -> {
      Asyncio.sleepMs(100);
      seen.add("task@" + VirtualTime.nowMs());
      return null;
    });
    assertEquals(List.of("event@100", "task@100"), seen);
  }

  @Test
  void aMainTaskWaitingOnAnEventIsNoDeadlockWhileEventsAreScheduled() {
    Timeline timeline = new Timeline();
    Event event = new Event();
    timeline.events.put(250L, event::set); // a soft IRQ handler may set an asyncio Event
    Outside.setEvents(timeline);
    assertEquals(250L, (long) Asyncio.run(() -> {
      event.await();
      return VirtualTime.nowMs();
    }));
  }

  @Test
  void aHaltFromAnEventEndsTheRunAtOnce() {
    Timeline timeline = new Timeline();
    List<String> seen = new ArrayList<>();
    timeline.events.put(300L, () -> {
      throw new Reset();
    });
    Outside.setEvents(timeline);
    assertThrows(Reset.class, () -> Asyncio.run(() -> {
      Asyncio.createTask(() -> {
        for (int i = 0; ; i++) {
          seen.add("tick " + VirtualTime.nowMs());
          Asyncio.sleepMs(200);
        }
      });
      Asyncio.sleepMs(10_000);
      seen.add("main went on");
      return null;
    }));
    assertEquals(List.of("tick 0", "tick 200"), seen);
    assertEquals(300, VirtualTime.nowMs());
  }

  @Test
  void aHaltThrownInADetachedTaskEndsTheRunAtOnce() {
    List<String> seen = new ArrayList<>();
    assertThrows(Reset.class, () -> Asyncio.run(() -> {
      Asyncio.createTask(() -> {
        Asyncio.sleepMs(50);
        throw new Reset();
      });
      Asyncio.createTask(() -> {
        Asyncio.sleepMs(50);
        seen.add("queued behind the halt");
        return null;
      });
      Asyncio.sleepMs(1000);
      seen.add("main went on");
      return null;
    }));
    assertEquals(List.of(), seen);
  }

  @Test
  void theClockDoesNotJumpWhileTheTestThreadIsBusyAndJumpsWhenItIsIdle() throws Exception {
    AtomicLong ended = new AtomicLong(-1);
    Thread loop = Thread.ofPlatform().start(() -> ended.set(Asyncio.run(() -> {
      Asyncio.sleepMs(3_600_000);
      return VirtualTime.nowMs();
    })));
    Thread.sleep(50); // busy: a client would be connecting now
    assertTrue(VirtualTime.nowMs() < 3_600_000, "the clock ran ahead of a busy test thread");
    VirtualTime.join(loop, 10_000); // idle: now the hour passes at once
    assertEquals(3_600_000, ended.get());
  }
}
