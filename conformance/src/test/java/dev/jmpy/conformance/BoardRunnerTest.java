package dev.jmpy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runners on hand-written board images ({@code src/test/boards}), independent of the
 * processor: the MicroPython side's asyncio.run shim against MicroPython's documented semantics
 * (shared/reference/micropython-asyncio.md), and the CPython side's sleep_ms / wait_for_ms shim.
 */
class BoardRunnerTest {
  private static final Path MODULE = ConformanceRun.Settings.fromEnvironment().conformanceDir();
  private static final Path BOARDS = MODULE.resolve("src/test/boards");
  private static Map<String, RunResult> microPython;

  @BeforeAll
  static void runAllBoardsInOneProcess() {
    BoardRunner runner = BoardRunner.microPython(MODULE, Duration.ofSeconds(2));
    microPython = new java.util.HashMap<>(runner.run(List.of(
        job("raises"), job("leftover-tasks"), job("main-blocked"),
        job("busy-loop"), job("nested-image"))));
    // The real-time board, and the virtual clock's hour, with a generous limit for a loaded machine.
    microPython.putAll(BoardRunner.microPython(MODULE, Duration.ofSeconds(20))
        .run(List.of(realTimeJob("interleaving"), job("virtual-clock"))));
  }

  @Test
  void theUnixRunnerRunsAnImageOnSinglePrecisionMicroPythonAndReportsItsUncaughtException() {
    MicroPythonTools tools = MicroPythonTools.locate(MODULE);
    String missing = tools.singlePrecisionMissing();
    if (missing != null) {
      org.junit.jupiter.api.Assertions.assertFalse(ConformanceRun.Settings.runningInCi(), missing + ", and CI is set");
      org.junit.jupiter.api.Assumptions.abort(missing);
    }
    RunResult result = BoardRunner.unixMicroPython(MODULE, tools.singlePrecision(), Duration.ofSeconds(20))
        .run(List.of(job("single-precision"))).get("single-precision");
    // 1 / 3 in 32-bit floats prints 8 digits; the image's own package is importable.
    assertEquals("0.33333334\n0.3\n__main__ main.py True\n", result.stdout());
    assertNotNull(result.exception());
    assertTrue(result.exception().startsWith("Traceback (most recent call last):"), result.exception());
    assertTrue(result.exception().contains("ValueError: after the floats"), result.exception());
  }

  @Test
  void createTaskAndSleepMsInterleaveInMicroPythonsOrderAndTakeRealTime() {
    RunResult result = microPython.get("interleaving");
    if (result.exception() != null || !result.stdout().equals(INTERLEAVED)) {
      // Tolerant, as the real-time group is: a loaded machine may move a deadline; one more run.
      result = BoardRunner.microPython(MODULE, Duration.ofSeconds(20))
          .run(List.of(realTimeJob("interleaving"))).get("interleaving");
    }
    assertNull(result.exception(), result::stderr);
    assertEquals(INTERLEAVED, result.stdout());
  }

  private static final String INTERLEAVED = """
        main: tasks created
        a 0
        b 0
        main: after sleep_ms(0)
        a 1
        b 1
        a 2
        b 2
        a done / b done
        waited for real: True
        run returned 42
        """;

  @Test
  void virtualTimeJumpsToDeadlinesAndBlockingSleepsMoveTheClockSoAnHourTakesNoWallTime() {
    RunResult result = microPython.get("virtual-clock");
    assertNull(result.exception(), result::stderr);
    assertEquals("""
        after work 0
        b woke at 10
        a woke at 30
        after blocking sleep_ms 530
        after blocking sleep 1530
        an hour later 3601530
        time.time 1767229201
        """, result.stdout());
  }

  @Test
  void anExceptionFromTheMainTaskReachesTheCallerOfRunAndAnUnhandledOneIsReportedWithItsTraceback() {
    RunResult result = microPython.get("raises");
    assertEquals("before\ncaught boom\nbefore\n", result.stdout());
    assertNotNull(result.exception());
    assertTrue(result.exception().contains("File \"main.py\", line 6, in inner"), result.exception());
    assertTrue(result.exception().strip().endsWith("ValueError: boom"), result.exception());
    assertTrue(result.stderr().contains("ValueError: boom"), "the traceback is on stderr too");
  }

  @Test
  void tasksLeftQueuedWaitForTheNextRunAndDetachedFailuresAreReportedOnStderr() {
    RunResult result = microPython.get("leftover-tasks");
    assertNull(result.exception(), result::stderr);
    assertEquals("tick 0\ntick 1\nfirst returns\nbetween runs\ntick 2\ntick 3\nsecond returns\n", result.stdout());
    assertTrue(result.stderr().startsWith("Task exception wasn't retrieved\nfuture: <Task> coro="), result.stderr());
    assertTrue(result.stderr().contains("KeyError: detached"), result.stderr());
  }

  @Test
  void aMainTaskThatCanNeverResumeFailsInsteadOfHanging() {
    RunResult result = microPython.get("main-blocked");
    assertEquals("waiting for an event nobody sets\n", result.stdout());
    assertTrue(result.exception().contains("no task is scheduled: a board would hang"), result.exception());
  }

  @Test
  void aProgramThatNeverYieldsIsStoppedAtItsTimeOutAndTheNextJobsStillRun() {
    assertTrue(microPython.get("busy-loop").exception().contains("timed out"), microPython.get("busy-loop").exception());
    RunResult next = microPython.get("nested-image");
    assertNull(next.exception(), next::stderr);
  }

  @Test
  void aFolderHoldingMicropythonIsRunFromThatImageWithItsPackagesImportable() {
    assertEquals("hello from app.greeter\n", microPython.get("nested-image").stdout());
  }

  @Test
  void socketsRunOnCPythonWithSleepMsAndWaitForMsShimmed() {
    if (!BoardRunner.python3Available()) {
      ConformanceTestSupport.skipOrFailWithoutPython3("BoardRunnerTest: the CPython runner");
      return;
    }
    RunResult result = BoardRunner.cpython(MODULE, Duration.ofSeconds(20)).run(List.of(job("streams-echo"))).get("streams-echo");
    assertNull(result.exception(), result::stderr);
    assertEquals("echo ping\ntimed out\n", result.stdout());
  }

  private static BoardRunner.Job job(String name) {
    return new BoardRunner.Job(name, BOARDS.resolve(name));
  }

  private static BoardRunner.Job realTimeJob(String name) {
    return new BoardRunner.Job(name, BOARDS.resolve(name), true);
  }
}
