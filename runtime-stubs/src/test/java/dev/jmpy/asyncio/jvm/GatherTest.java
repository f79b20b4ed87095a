package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** gather(), docs micropython-asyncio.md §2.8. */
@ExtendWith(VirtualTime.class)
class GatherTest {
  private final List<String> log = new ArrayList<>();

  private String after(int ms, String value) {
    Asyncio.sleepMs(ms);
    log.add(value + "@" + VirtualTime.nowMs());
    return value;
  }

  private void work(int ms, String name) {
    Asyncio.sleepMs(ms);
    log.add(name + "@" + VirtualTime.nowMs());
  }

  private String failAfter(int ms, RuntimeException error) {
    Asyncio.sleepMs(ms);
    throw error;
  }

  /** §2.8 Success: results in argument order, whatever the order the children finish in. */
  @Test
  void resultsComeInArgumentOrderWhenChildrenFinishInReverse() {
    List<String> results =
        Asyncio.run(
            () -> Asyncio.gather(() -> after(30, "a"), () -> after(20, "b"), () -> after(10, "c")));
    assertEquals(List.of("a", "b", "c"), results);
    assertEquals(List.of("c@10", "b@20", "a@30"), log);
  }

  /** §2.8: a list with one None per coroutine that returns nothing. */
  @Test
  void gatherOfVoidCoroutinesGivesNulls() {
    List<Object> results =
        Asyncio.run(() -> Asyncio.gather(() -> work(20, "x"), () -> work(10, "y")));
    assertEquals(Arrays.asList(null, null), results);
    assertEquals(List.of("y@10", "x@20"), log);
  }

  /**
   * return_exceptions=True: the exception stands in its child's place and gather waits for every
   * child, so it returns only when the slowest has ended.
   */
  @Test
  void returnExceptionsPutsTheExceptionInItsChildsPlaceAndWaitsForAll() {
    IllegalStateException bad = new IllegalStateException("bad");
    List<Object> results =
        Asyncio.run(
            () -> {
              List<Object> r =
                  Asyncio.gather(true, () -> after(30, "a"), () -> failAfter(10, bad),
                      () -> after(20, "c"));
              log.add("gathered@" + VirtualTime.nowMs());
              return r;
            });
    assertEquals(3, results.size());
    assertEquals("a", results.get(0));
    assertSame(bad, results.get(1));
    assertEquals("c", results.get(2));
    assertEquals(List.of("c@20", "a@30", "gathered@30"), log);
  }

  /** §2.8: the first exception is re-raised at once; the other children keep running. */
  @Test
  void firstExceptionIsRaisedAndTheOtherChildrenKeepRunning() {
    IllegalStateException bad = new IllegalStateException("bad");
    Asyncio.run(
        () -> {
          try {
            Asyncio.gather(() -> after(20, "slow"), () -> failAfter(10, bad));
          } catch (IllegalStateException e) {
            assertSame(bad, e);
            log.add("main:caught@" + VirtualTime.nowMs());
          }
          Asyncio.sleepMs(50);
        });
    assertEquals(List.of("main:caught@10", "slow@20"), log);
  }

  private void child(String name, int ms) {
    try {
      Asyncio.sleepMs(ms);
      log.add(name + ":done");
    } catch (CancelledError e) {
      log.add(name + ":cancelled@" + VirtualTime.nowMs());
      throw e;
    }
  }

  /**
   * §2.8 (probe p19): cancelling the gathering task cancels the running children, and the gather
   * raises CancelledError at once, before the children have handled theirs.
   */
  @Test
  void cancellingTheGathererCancelsTheChildren() {
    Asyncio.run(
        () -> {
          Task<Void> gatherer =
              Asyncio.createTask(
                  () -> {
                    try {
                      Asyncio.gather(() -> child("c1", 100), () -> child("c2", 100));
                    } catch (CancelledError e) {
                      log.add("gatherer:CancelledError@" + VirtualTime.nowMs());
                      throw e;
                    }
                  });
          Asyncio.sleepMs(10);
          log.add("main:cancel=" + gatherer.cancel());
          try {
            gatherer.await();
          } catch (CancelledError e) {
            log.add("main:gatherer cancelled");
          }
        });
    assertEquals(
        List.of(
            "main:cancel=true",
            "gatherer:CancelledError@10",
            "c1:cancelled@10",
            "c2:cancelled@10",
            "main:gatherer cancelled"),
        log);
  }

  /** §2.7: awaiting a task held by a running gather raises RuntimeError("can't wait"). */
  @Test
  void awaitingAGatheredTaskRaisesCantWait() {
    Asyncio.run(
        () -> {
          Task<String> task = Asyncio.createTask(() -> after(10, "t"));
          Task<List<String>> gatherer = Asyncio.createTask(() -> Asyncio.gather(task));
          Asyncio.sleep(0);
          RuntimeException error = assertThrows(RuntimeException.class, task::await);
          assertEquals("can't wait", error.getMessage());
          assertEquals(List.of("t"), gatherer.await());
        });
  }

  /** §2.8 step 3 (v1.23+): tasks that already finished are accepted. */
  @Test
  void gatherAcceptsTasksThatAlreadyFinished() {
    List<String> results =
        Asyncio.run(
            () -> {
              Task<String> early = Asyncio.createTask(() -> "early");
              Task<String> late = Asyncio.createTask(() -> after(5, "late"));
              Asyncio.sleep(0);
              return Asyncio.gather(early, late);
            });
    assertEquals(List.of("early", "late"), results);
  }
}
