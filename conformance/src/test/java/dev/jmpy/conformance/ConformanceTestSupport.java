package dev.jmpy.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** What the tests share besides the harness itself. */
final class ConformanceTestSupport {
  private ConformanceTestSupport() {}

  /** Without python3 a test that needs it is skipped, visibly; in CI (CI set) it fails instead. */
  static void skipOrFailWithoutPython3(String what) {
    if (ConformanceRun.Settings.runningInCi()) {
      fail(what + " needs python3, which is missing, and CI is set");
    }
    System.out.println("[conformance] SKIPPED " + what + ": " + BoardRunner.PYTHON3 + " not found on PATH");
    Assumptions.abort(what + ": " + BoardRunner.PYTHON3 + " not found on PATH");
  }
}
