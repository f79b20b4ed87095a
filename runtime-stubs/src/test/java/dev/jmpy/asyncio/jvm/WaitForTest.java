package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.TimeoutError;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** wait_for / wait_for_ms, docs micropython-asyncio.md §2.9. */
@ExtendWith(VirtualTime.class)
class WaitForTest {
  private final List<String> log = new ArrayList<>();

  private int slowInner(int ms) {
    log.add("inner:start");
    try {
      Asyncio.sleepMs(ms);
      return 1;
    } catch (CancelledError e) {
      log.add("inner:cancelled@" + VirtualTime.nowMs());
      throw e;
    }
  }

  /** §2.9 Timeout: the inner task is cancelled and awaited, then TimeoutError. */
  @Test
  void timeoutCancelsTheCoroutineThenRaisesTimeoutError() {
    Asyncio.run(
        () -> {
          try {
            Asyncio.waitForMs(() -> slowInner(1000), 100);
            log.add("main:no timeout");
          } catch (TimeoutError e) {
            log.add("main:TimeoutError@" + VirtualTime.nowMs());
          }
        });
    assertEquals(List.of("inner:start", "inner:cancelled@100", "main:TimeoutError@100"), log);
  }

  /** §2.9: the coroutine ends first: its value, at its own time. */
  @Test
  void coroutineFinishingFirstGivesItsValue() {
    Asyncio.run(
        () -> {
          int value =
              Asyncio.waitFor(
                  () -> {
                    Asyncio.sleep(0.05);
                    return 7;
                  },
                  1.0);
          log.add("main:" + value + "@" + VirtualTime.nowMs());
        });
    assertEquals(List.of("main:7@50"), log);
  }

  /** §2.9: an exception of the coroutine comes out of wait_for. */
  @Test
  void exceptionOfTheCoroutineIsRaised() {
    IllegalArgumentException bad = new IllegalArgumentException("bad");
    Asyncio.run(
        () -> {
          try {
            Asyncio.waitForMs(
                () -> {
                  Asyncio.sleepMs(10);
                  throw bad;
                },
                100);
          } catch (IllegalArgumentException e) {
            assertSame(bad, e);
            log.add("main:caught@" + VirtualTime.nowMs());
          }
        });
    assertEquals(List.of("main:caught@10"), log);
  }

  /** §2.9 Timeout step 3 (probe p18): TimeoutError even if the coroutine swallowed the cancel. */
  @Test
  void timeoutErrorEvenIfTheCoroutineSwallowsTheCancel() {
    Asyncio.run(
        () -> {
          try {
            int value =
                Asyncio.waitForMs(
                    () -> {
                      try {
                        Asyncio.sleepMs(1000);
                        return 1;
                      } catch (CancelledError e) {
                        log.add("inner:swallowed");
                        return 5;
                      }
                    },
                    100);
            log.add("main:value " + value);
          } catch (TimeoutError e) {
            log.add("main:TimeoutError@" + VirtualTime.nowMs());
          }
        });
    assertEquals(List.of("inner:swallowed", "main:TimeoutError@100"), log);
  }

  /** §2.9 (probe p7): with timeout 0 a coroutine that does not suspend returns its value. */
  @Test
  void zeroTimeoutLetsANonSuspendingCoroutineReturn() {
    Asyncio.run(
        () -> {
          log.add("ms:" + Asyncio.waitForMs(() -> 9, 0));
          log.add("s:" + Asyncio.waitFor(() -> 10, 0.0));
        });
    assertEquals(List.of("ms:9", "s:10"), log);
  }

  /**
   * §2.9 (asyncio_wait_for.py.exp): a cancel of the waiting task cancels the coroutine and is
   * re-raised at once; the coroutine handles its cancel afterwards.
   */
  @Test
  void externalCancelIsRaisedBeforeTheCoroutineCleansUp() {
    Asyncio.run(
        () -> {
          Task<Void> waiter =
              Asyncio.createTask(
                  () -> {
                    try {
                      Asyncio.waitForMs(
                          () -> {
                            try {
                              Asyncio.sleepMs(1000);
                            } catch (CancelledError e) {
                              log.add("inner:ignore cancel@" + VirtualTime.nowMs());
                            }
                          },
                          1000);
                    } catch (CancelledError e) {
                      log.add("waiter:cancelled@" + VirtualTime.nowMs());
                    }
                  });
          Asyncio.sleepMs(10);
          waiter.cancel();
          log.add("main:cancelled waiter");
          waiter.await();
          log.add("main:waiter done");
        });
    assertEquals(
        List.of(
            "main:cancelled waiter",
            "waiter:cancelled@10",
            "inner:ignore cancel@10",
            "main:waiter done"),
        log);
  }
}
