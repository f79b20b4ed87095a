package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Task.cancel(), docs micropython-asyncio.md §2.10. */
@ExtendWith(VirtualTime.class)
class CancelTest {
  private final List<String> log = new ArrayList<>();

  private String sleepThenReturn(String name, int ms) {
    try {
      Asyncio.sleepMs(ms);
      return name + " finished";
    } catch (CancelledError e) {
      log.add(name + ":cancelled@" + VirtualTime.nowMs());
      throw e;
    }
  }

  /**
   * §2.10 steps 3-4: the cancel of outer goes to inner, which outer awaits; inner's sleep (due at
   * 1000 ms) is brought forward to now (10 ms); inner gets CancelledError there, and outer sees it
   * come out of its await. Then outer (which catches it) wakes main.
   */
  @Test
  void cancelIsForwardedToTheInnermostAwaitedTask() {
    Asyncio.run(
        () -> {
          Task<String> inner = Asyncio.createTask(() -> sleepThenReturn("inner", 1000));
          Task<String> outer =
              Asyncio.createTask(
                  () -> {
                    try {
                      return inner.await();
                    } catch (CancelledError e) {
                      log.add("outer:saw CancelledError@" + VirtualTime.nowMs());
                      return "outer survived";
                    }
                  });
          Asyncio.sleepMs(10);
          log.add("main:cancel outer=" + outer.cancel());
          log.add("main:got " + outer.await());
          log.add("inner.done=" + inner.done());
        });
    assertEquals(
        List.of(
            "main:cancel outer=true",
            "inner:cancelled@10",
            "outer:saw CancelledError@10",
            "main:got outer survived",
            "inner.done=true"),
        log);
  }

  /** §2.10 (probe p16): if the inner task swallows the cancel, the outer one goes on normally. */
  @Test
  void innerTaskSwallowingTheCancelLetsTheOuterOneContinue() {
    Asyncio.run(
        () -> {
          Task<String> inner =
              Asyncio.createTask(
                  () -> {
                    try {
                      Asyncio.sleepMs(1000);
                      return "slept";
                    } catch (CancelledError e) {
                      return "swallowed";
                    }
                  });
          Task<String> outer = Asyncio.createTask(() -> "outer got " + inner.await());
          Asyncio.sleepMs(10);
          outer.cancel();
          log.add(outer.await());
        });
    assertEquals(List.of("outer got swallowed"), log);
  }

  /** §2.10 (probe p5 "never"): a task cancelled before its first step never runs its body. */
  @Test
  void taskCancelledBeforeItsFirstStepNeverRuns() {
    Asyncio.run(
        () -> {
          Task<Void> task =
              Asyncio.createTask(
                  () -> {
                    log.add("body ran");
                  });
          log.add("cancel=" + task.cancel());
          Asyncio.sleep(0);
          log.add("done=" + task.done());
          assertThrows(CancelledError.class, task::await);
        });
    assertEquals(List.of("cancel=true", "done=true"), log);
  }

  /** §2.10 step 2: RuntimeError("can't cancel self"). */
  @Test
  void cancellingTheRunningTaskRaisesRuntimeError() {
    Asyncio.run(
        () -> {
          RuntimeException error =
              assertThrows(RuntimeException.class, () -> Asyncio.currentTask().cancel());
          assertEquals("can't cancel self", error.getMessage());
        });
  }

  /** §2.10: CancelledError is thrown at the suspension point; the task may catch it and go on. */
  @Test
  void cancelledTaskCanCatchTheErrorAndContinue() {
    Asyncio.run(
        () -> {
          Task<String> task =
              Asyncio.createTask(
                  () -> {
                    try {
                      Asyncio.sleepMs(1000);
                    } catch (CancelledError e) {
                      log.add("caught@" + VirtualTime.nowMs());
                    }
                    Asyncio.sleepMs(5);
                    log.add("continued@" + VirtualTime.nowMs());
                    return "done";
                  });
          Asyncio.sleepMs(10);
          task.cancel();
          log.add("main:" + task.await());
        });
    assertEquals(List.of("caught@10", "continued@15", "main:done"), log);
  }

  /** §2.10 step 1 and the note after step 5: false when done; true again before delivery. */
  @Test
  void cancelReturnsFalseOnceDoneAndTrueAgainBeforeDelivery() {
    Asyncio.run(
        () -> {
          Task<String> sleeper = Asyncio.createTask(() -> sleepThenReturn("sleeper", 100));
          Asyncio.sleep(0);
          log.add("first=" + sleeper.cancel());
          log.add("second=" + sleeper.cancel());
          assertThrows(CancelledError.class, sleeper::await);
          log.add("after done=" + sleeper.cancel());
        });
    assertEquals(
        List.of("first=true", "second=true", "sleeper:cancelled@0", "after done=false"), log);
  }

  /**
   * §2.10 step 4 / §2.11: a cancelled Event waiter is taken off the event's queue and queued at
   * now, so set() wakes only W2, and W1's cancel (queued first) runs before W2's wake-up.
   */
  @Test
  void cancelledEventWaiterLeavesTheEventQueue() {
    Event event = new Event();
    Asyncio.run(
        () -> {
          Task<Void> w1 = Asyncio.createTask(() -> waitFor(event, "W1"));
          Asyncio.createTask(() -> waitFor(event, "W2"));
          Asyncio.sleep(0);
          w1.cancel();
          event.set();
          log.add("main:set");
          Asyncio.sleep(0);
        });
    assertEquals(List.of("main:set", "W1:cancelled", "W2:woke"), log);
  }

  private void waitFor(Event event, String name) {
    try {
      event.await();
      log.add(name + ":woke");
    } catch (CancelledError e) {
      log.add(name + ":cancelled");
    }
  }
}
