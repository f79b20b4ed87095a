package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.testing.VirtualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Main pending with nothing runnable: MicroPython v1.27 polls forever (docs micropython-asyncio.md
 * §2.2 step 1, §2.5); the JVM runtime fails fast instead.
 */
@ExtendWith(VirtualTime.class)
class DeadlockTest {
  private static final Event NEVER_SET = new Event();
  private static final Lock HELD = new Lock();

  static void holdLockForever() {
    HELD.acquire();
    NEVER_SET.await();
  }

  static void wantLock() {
    HELD.acquire();
  }

  static void waitForever() {
    Asyncio.createTask(DeadlockTest::holdLockForever);
    Asyncio.createTask(DeadlockTest::wantLock);
    NEVER_SET.await();
  }

  @Test
  void runFailsWithTheBlockedTasksNamed() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> Asyncio.run(DeadlockTest::waitForever));
    String message = error.getMessage();
    assertTrue(message.startsWith("Asyncio.run: deadlock"), message);
    assertTrue(message.contains("'waitForever' (main) waits on an Event"), message);
    assertTrue(message.contains("'holdLockForever' waits on an Event"), message);
    assertTrue(message.contains("'wantLock' waits on a Lock"), message);
    assertEquals(4, message.lines().count(), message);
  }

  /** Time passes before the deadlock: sleeping tasks are not blocked. */
  @Test
  void sleepingTasksAreNotADeadlock() {
    Event event = new Event();
    Asyncio.run(
        () -> {
          Asyncio.createTask(
              () -> {
                Asyncio.sleep(60);
                event.set();
              });
          event.await();
        });
    assertEquals(60_000, VirtualTime.nowMs());
  }
}
