package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lock, docs micropython-asyncio.md §1.6 and §2.11. */
@ExtendWith(VirtualTime.class)
class LockTest {
  private final List<String> log = new ArrayList<>();
  private int counter;

  private void lockedStep(Lock lock, String name) {
    lock.acquire();
    log.add(name);
    lock.release();
  }

  /** try-with-resources on hold() is async with: held in the block, released on an exception. */
  @Test
  void holdInTryWithResourcesReleasesWhenTheBlockThrows() {
    Lock lock = new Lock();
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
        Asyncio.run(() -> {
          try (var held = lock.hold()) {
            log.add("held " + lock.locked());
            throw new IllegalStateException("boom");
          }
        }));
    assertEquals("boom", thrown.getMessage());
    assertEquals(List.of("held true"), log);
    assertFalse(lock.locked());
  }

  /**
   * §1.6/§2.11 (probe p6): release hands the lock to the longest waiter; locked() is False during
   * the hand-off; main, re-acquiring at once, queues behind a, b and c.
   */
  @Test
  void releaseHandsOffInFifoOrderAndTheReleaserQueuesBehind() {
    Lock lock = new Lock();
    Asyncio.run(
        () -> {
          lock.acquire();
          for (String name : List.of("a", "b", "c")) {
            Asyncio.createTask(() -> lockedStep(lock, name));
          }
          Asyncio.sleep(0);
          lock.release();
          log.add("main:locked during hand-off=" + lock.locked());
          lock.acquire();
          log.add("main:reacquired");
          lock.release();
        });
    assertEquals(
        List.of("main:locked during hand-off=false", "a", "b", "c", "main:reacquired"), log);
  }

  /** §1.6: RuntimeError("Lock not acquired"). */
  @Test
  void releasingAnUnheldLockRaises() {
    Lock lock = new Lock();
    RuntimeException error = assertThrows(RuntimeException.class, lock::release);
    assertEquals("Lock not acquired", error.getMessage());
  }

  /** §1.6: acquire() of a free lock returns True without yielding. */
  @Test
  void acquiringAFreeLockDoesNotYield() {
    Lock lock = new Lock();
    Asyncio.run(
        () -> {
          Asyncio.createTask(() -> log.add("other:ran"));
          log.add("acquire=" + lock.acquire());
          log.add("locked=" + lock.locked());
          lock.release();
          Asyncio.sleep(0);
        });
    assertEquals(List.of("acquire=true", "locked=true", "other:ran"), log);
  }

  /**
   * §2.11 (lock.py except CancelledError): a waiter cancelled after the lock was handed to it, but
   * before it ran, passes the lock on to the next waiter.
   */
  @Test
  void cancelledHandOffTargetPassesTheLockOn() {
    Lock lock = new Lock();
    Asyncio.run(
        () -> {
          lock.acquire();
          Task<Void> a =
              Asyncio.createTask(
                  () -> {
                    try {
                      lockedStep(lock, "a");
                    } catch (CancelledError e) {
                      log.add("a:cancelled");
                    }
                  });
          Task<Void> b = Asyncio.createTask(() -> lockedStep(lock, "b"));
          Asyncio.sleep(0);
          lock.release();
          a.cancel();
          a.await();
          b.await();
          assertFalse(lock.locked());
        });
    assertEquals(List.of("a:cancelled", "b"), log);
  }

  private void incrementWithoutLock(String name, int times) {
    for (int i = 0; i < times; i++) {
      int read = counter + 1;
      Asyncio.sleep(0);
      counter = read;
      log.add(name + "=" + counter);
    }
  }

  private void incrementWithLock(Lock lock, String name, int times) {
    for (int i = 0; i < times; i++) {
      lock.acquire();
      try {
        int read = counter + 1;
        Asyncio.sleep(0);
        counter = read;
        log.add(name + "=" + counter);
      } finally {
        lock.release();
      }
    }
  }

  /**
   * Read, sleep(0), write without a lock: by §2.4 (sleep(0) requeues behind everything due) all
   * three tasks read the same value before any writes, so every round adds only 1: T1=1 T2=1 T3=1
   * T1=2 ... and the counter ends at 4, not 12.
   */
  @Test
  void sharedCounterLosesUpdatesWithoutALock() {
    Asyncio.run(
        () -> {
          Asyncio.gather(
              () -> incrementWithoutLock("T1", 4),
              () -> incrementWithoutLock("T2", 4),
              () -> incrementWithoutLock("T3", 4));
        });
    assertEquals(4, counter);
    List<String> expected = new ArrayList<>();
    for (int round = 1; round <= 4; round++) {
      for (String name : List.of("T1", "T2", "T3")) {
        expected.add(name + "=" + round);
      }
    }
    assertEquals(expected, log);
  }

  /**
   * The same with the lock: T1 takes the free lock; T2 and T3 queue; each release hands the lock
   * to the longest waiter, and the releaser re-queues behind the others (§2.11), so the owners go
   * round-robin T1 T2 T3 T1 ... and every increment counts: 12.
   */
  @Test
  void sharedCounterIsExactWithALockAndOwnersTakeTurns() {
    Lock lock = new Lock();
    Asyncio.run(
        () -> {
          Asyncio.gather(
              () -> incrementWithLock(lock, "T1", 4),
              () -> incrementWithLock(lock, "T2", 4),
              () -> incrementWithLock(lock, "T3", 4));
        });
    assertEquals(12, counter);
    List<String> expected = new ArrayList<>();
    int value = 0;
    for (int round = 1; round <= 4; round++) {
      for (String name : List.of("T1", "T2", "T3")) {
        expected.add(name + "=" + ++value);
      }
    }
    assertEquals(expected, log);
    assertTrue(!lock.locked());
  }
}
