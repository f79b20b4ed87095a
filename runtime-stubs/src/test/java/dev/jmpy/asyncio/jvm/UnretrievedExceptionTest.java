package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Loop;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A detached task's exception nobody retrieved, docs micropython-asyncio.md §2.6. */
@ExtendWith(VirtualTime.class)
class UnretrievedExceptionTest {
  private final List<String> log = new ArrayList<>();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void captureStderr() {
    originalErr = System.err;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStderr() {
    System.setErr(originalErr);
  }

  private String stderrText() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  static void bad() {
    throw new IllegalStateException("boom");
  }

  /**
   * §2.6: the failed task is queued again and reported on its next pass: after main's first
   * sleep(0) (queued before the task failed) nothing is printed yet; after the second it is.
   */
  @Test
  void reportedOnStderrOnePassLater() {
    Asyncio.run(
        () -> {
          Asyncio.createTask(UnretrievedExceptionTest::bad);
          Asyncio.sleep(0);
          log.add("after first pass: " + stderrText().isEmpty());
          Asyncio.sleep(0);
          log.add("after second pass: " + stderrText().isEmpty());
        });
    assertEquals(List.of("after first pass: true", "after second pass: false"), log);
    List<String> lines = stderrText().lines().toList();
    assertEquals("Task exception wasn't retrieved", lines.get(0));
    assertEquals("future: <Task> coro= <generator object 'bad' at 0>", lines.get(1));
    assertEquals("Traceback (most recent call last):", lines.get(2));
    assertEquals("  File \"asyncio/core.py\", line 1, in run_until_complete", lines.get(3));
    assertTrue(
        lines.get(4).matches("  File \"UnretrievedExceptionTest.java\", line \\d+, in bad"),
        lines.get(4));
    assertEquals("IllegalStateException: boom", lines.get(5));
    assertEquals(6, lines.size(), stderrText());
  }

  /** §1.8: a handler set on the loop replaces the default report: called with (loop, context). */
  @Test
  void theLoopsHandlerGetsTheReportInsteadOfStderr() {
    Loop loop = Asyncio.getEventLoop();
    List<Object> seen = new ArrayList<>();
    loop.setExceptionHandler((l, context) -> {
      seen.add(l);
      seen.add(context.get("message"));
      seen.add(((Throwable) context.get("exception")).getMessage());
      seen.add(context.get("future"));
    });
    Task<?> failed = Asyncio.run(() -> {
      Task<Void> t = Asyncio.createTask(UnretrievedExceptionTest::bad);
      Asyncio.sleepMs(1);
      return t;
    });
    assertEquals(List.of(loop, "Task exception wasn't retrieved", "boom", failed), seen);
    assertEquals("", stderrText());
  }

  /** An exception raised by the handler leaves run() at once, as on the board. */
  @Test
  void anExceptionFromTheHandlerLeavesRun() {
    Asyncio.getEventLoop().setExceptionHandler((l, context) -> {
      throw new IllegalArgumentException("handler failed");
    });
    IllegalArgumentException raised = assertThrows(IllegalArgumentException.class, () ->
        Asyncio.run(() -> {
          Asyncio.createTask(UnretrievedExceptionTest::bad);
          Asyncio.sleepMs(1);
          log.add("main resumed");
        }));
    assertEquals("handler failed", raised.getMessage());
    assertEquals(List.of(), log);
  }

  /** default_exception_handler(loop, context) prints the context's own message. */
  @Test
  void theDefaultHandlerPrintsTheContextsMessage() {
    Loop loop = Asyncio.getEventLoop();
    loop.defaultExceptionHandler(loop,
        Map.of("message", "my report", "exception", new IllegalStateException("mine")));
    List<String> lines = stderrText().lines().toList();
    assertEquals("my report", lines.get(0));
    assertEquals("IllegalStateException: mine", lines.get(lines.size() - 1));
  }

  /**
   * §2.6, the v1.27 C Task bug: a failed task awaited before its report pass, then awaited again
   * after it, crashes the board; the JVM throws a clear exception at the second await instead.
   * Awaiting twice before the pass, or after it only, stays legal.
   */
  @Test
  void awaitingAFailedTaskAgainAfterAnEarlyAwaitIsRefused() {
    IllegalStateException refused = assertThrows(IllegalStateException.class, () ->
        Asyncio.run(() -> {
          Task<Void> t = Asyncio.createTask(UnretrievedExceptionTest::bad);
          Asyncio.sleepMs(0); // t runs and fails; its report pass is queued after main
          try {
            t.await();
          } catch (IllegalStateException e) {
            log.add("first await: " + e.getMessage());
          }
          Asyncio.sleepMs(1); // the report pass goes by
          t.await();
        }));
    assertEquals(List.of("first await: boom"), log);
    assertTrue(refused.getMessage().contains("crashes MicroPython v1.27"), refused.getMessage());
  }

  /** Awaiting a failed task only after its report rethrows every time (fixed in v1.23). */
  @Test
  void awaitingAFailedTaskAfterItsReportRethrowsEveryTime() {
    Asyncio.run(() -> {
      Task<Void> t = Asyncio.createTask(UnretrievedExceptionTest::bad);
      Asyncio.sleepMs(5);
      for (int i = 0; i < 2; i++) {
        try {
          t.await();
        } catch (IllegalStateException e) {
          log.add(e.getMessage());
        }
      }
    });
    assertEquals(List.of("boom", "boom"), log);
  }

  /** The coroutine name is found through a lambda too: {@code () -> bad()} names 'bad'. */
  @Test
  void coroutineNameIsFoundThroughALambda() {
    Asyncio.run(
        () -> {
          Asyncio.createTask(() -> bad());
          Asyncio.sleepMs(10);
        });
    assertEquals(
        "future: <Task> coro= <generator object 'bad' at 0>", stderrText().lines().toList().get(1));
  }

  /** §2.6: a task that ends with CancelledError is silent. */
  @Test
  void cancelledTaskIsSilent() {
    Asyncio.run(
        () -> {
          Task<Void> task = Asyncio.createTask(() -> Asyncio.sleepMs(100));
          Asyncio.sleep(0);
          task.cancel();
          Asyncio.sleepMs(10);
          assertTrue(task.done());
        });
    assertEquals("", stderrText());
  }

  /** §2.6: awaited before its deferred pass, the exception counts as retrieved: no report. */
  @Test
  void exceptionRetrievedBeforeTheNextPassIsNotReported() {
    Asyncio.run(
        () -> {
          Task<Void> task = Asyncio.createTask(UnretrievedExceptionTest::bad);
          Asyncio.sleep(0);
          assertThrows(IllegalStateException.class, task::await);
          Asyncio.sleepMs(10);
        });
    assertEquals("", stderrText());
  }

  /** §2.6 (probe p15): if main returns before that next pass, nothing is printed. */
  @Test
  void lostWhenMainReturnsBeforeTheNextPass() {
    Asyncio.run(
        () -> {
          Asyncio.createTask(UnretrievedExceptionTest::bad);
          Asyncio.sleep(0);
        });
    assertEquals("", stderrText());
  }

  /** §2.6: the task can still be awaited after the report and re-raises its exception. */
  @Test
  void reportedTaskCanStillBeAwaited() {
    Asyncio.run(
        () -> {
          Task<Void> task = Asyncio.createTask(UnretrievedExceptionTest::bad);
          Asyncio.sleepMs(10);
          assertTrue(stderrText().startsWith("Task exception wasn't retrieved"));
          assertThrows(IllegalStateException.class, task::await);
          try {
            task.await();
          } catch (IllegalStateException e) {
            log.add("second await: " + e.getMessage());
          } catch (CancelledError e) {
            log.add("unexpected cancel");
          }
        });
    assertEquals(List.of("second await: boom"), log);
  }
}
