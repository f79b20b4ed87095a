package dev.jmpy.asyncio.timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Issue 9, "tests that hang or cascade": JUnit's own timeouts on tests whose loop does not end.
 * Each fixture class runs through the JUnit launcher, as surefire would run it, and what JUnit
 * reports is checked: the timed-out test fails naming the tasks its loop was waiting on, and the
 * tests after it pass. Nothing here measures time; the fixtures' @Timeout is what triggers the path.
 */
class TimeoutTest {
  /** Display name of each test method of {@code fixture} -> its result, in execution order. */
  private static Map<String, TestExecutionResult> run(Class<?> fixture) {
    Map<String, TestExecutionResult> results = new LinkedHashMap<>();
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
          results.put(test.getDisplayName(), result);
        }
      }
    });
    return results;
  }

  private static String describe(TestExecutionResult result) {
    if (result.getThrowable().isEmpty()) {
      return result.getStatus().toString();
    }
    StringWriter text = new StringWriter();
    result.getThrowable().get().printStackTrace(new PrintWriter(text));
    return result.getStatus() + ": " + text;
  }

  @Test
  void separateThreadTimeoutTearsTheLoopDownAndLaterTestsStartClean() {
    Map<String, TestExecutionResult> results = run(SeparateThreadTimeoutFixture.class);
    assertEquals(3, results.size(), results.toString());
    TestExecutionResult timedOut = results.get("loopThatKeepsRunning()");
    assertEquals(TestExecutionResult.Status.FAILED, timedOut.getStatus(), describe(timedOut));
    assertTrue(describe(timedOut).contains("timed out"), describe(timedOut));
    for (String later : new String[] {"nextTestStartsClean()", "andTheOneAfter()"}) {
      TestExecutionResult result = results.get(later);
      assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(), later + ": " + describe(result));
    }
  }

  @Test
  void sameThreadTimeoutStopsTheLoopAndNamesTheWaitingTasks() {
    Map<String, TestExecutionResult> results = run(ServerTimeoutFixture.class);
    assertEquals(2, results.size(), results.toString());
    TestExecutionResult timedOut = results.get("clientThatNeverSends()");
    String report = describe(timedOut);
    assertEquals(TestExecutionResult.Status.FAILED, timedOut.getStatus(), report);
    assertTrue(report.contains("timed out"), report);
    assertTrue(report.contains("Asyncio.run was stopped: its thread was interrupted"), report);
    // The main task and the handler both wait to read; the server's task waits to accept.
    assertTrue(report.contains("(main) waits on I/O"), report);
    assertTrue(report.contains("'handleRequest' waits on I/O"), report);
    TestExecutionResult next = results.get("nextTestStartsClean()");
    assertEquals(TestExecutionResult.Status.SUCCESSFUL, next.getStatus(), describe(next));
  }
}
