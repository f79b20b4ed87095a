package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Event, docs micropython-asyncio.md §1.4 and §2.11. */
@ExtendWith(VirtualTime.class)
class EventTest {
  private final List<String> log = new ArrayList<>();

  private void waiter(Event event, String name) {
    log.add(name + ":waiting");
    boolean result = event.await();
    log.add(name + ":woke " + result);
  }

  /**
   * §2.11: set() queues the waiters in the order they began waiting, at now; the setter keeps
   * running; the woken tasks run after every task already due (R, queued before the set), and
   * main's own sleep(0), queued after the set, comes last.
   */
  @Test
  void setWakesWaitersInFifoOrderAfterTasksAlreadyDue() {
    Event event = new Event();
    Asyncio.run(
        () -> {
          for (String name : List.of("W1", "W2", "W3")) {
            Asyncio.createTask(() -> waiter(event, name));
          }
          Asyncio.sleep(0);
          Asyncio.createTask(() -> log.add("R:ran"));
          event.set();
          log.add("main:after set");
          Asyncio.sleep(0);
          log.add("main:resumed");
        });
    assertEquals(
        List.of(
            "W1:waiting",
            "W2:waiting",
            "W3:waiting",
            "main:after set",
            "R:ran",
            "W1:woke true",
            "W2:woke true",
            "W3:woke true",
            "main:resumed"),
        log);
  }

  /** §1.4: wait() on a set event returns True without yielding (B cannot run in between). */
  @Test
  void waitOnASetEventDoesNotYield() {
    Event event = new Event();
    event.set();
    Asyncio.run(
        () -> {
          Asyncio.createTask(() -> waiter(event, "A"));
          Asyncio.createTask(() -> log.add("B:ran"));
          Asyncio.sleep(0);
        });
    assertEquals(List.of("A:waiting", "A:woke true", "B:ran"), log);
  }

  /** §2.11 (probe p6): set() then clear() before the waiters run still wakes them. */
  @Test
  void setThenClearStillWakesTheWaiters() {
    Event event = new Event();
    Asyncio.run(
        () -> {
          Asyncio.createTask(() -> waiter(event, "W"));
          Asyncio.sleep(0);
          event.set();
          event.clear();
          log.add("main:is_set=" + event.isSet());
          Asyncio.sleep(0);
        });
    assertEquals(List.of("W:waiting", "main:is_set=false", "W:woke true"), log);
  }
}
