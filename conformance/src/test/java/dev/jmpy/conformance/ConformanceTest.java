package dev.jmpy.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential conformance suite: one test per program in {@code src/test/programs/<area>/},
 * named {@code area/Name}. Each program is compiled with javac and the jmpy processor, run on the
 * JVM and on real MicroPython 1.27, and both outputs must equal the checked-in expected output.
 *
 * <p>{@code -Djmpy.record=true} writes missing {@code Name.exp} files from the MicroPython output;
 * {@code -Djmpy.programs=lang/} runs only the programs whose id contains that text.
 */
class ConformanceTest {
  private static final Scoreboard SCOREBOARD = new Scoreboard();
  private static long startedNanos;

  @TestFactory
  Stream<DynamicTest> programs() {
    startedNanos = System.nanoTime();
    ConformanceRun.Settings settings = ConformanceRun.Settings.fromEnvironment();
    List<Program> programs = ProgramCorpus.find(settings.programsDir(), System.getProperty("jmpy.programs"));
    ConformanceRun run = ConformanceRun.start(programs, settings);
    if (run.cpythonMissing() != null) {
      SCOREBOARD.note((settings.ci() ? "FAILING" : "SKIPPING") + " the CPython side of area "
          + Program.CPYTHON_AREA + ": " + run.cpythonMissing()
          + (settings.ci() ? " (CI is set, so this is a failure)" : " (not in CI, so only the JVM side is checked)"));
    }
    if (run.singlePrecisionMissing() != null) {
      SCOREBOARD.note((settings.ci() ? "FAILING" : "SKIPPING") + " the MicroPython side of area "
          + Program.FLOAT_AREA + ": " + run.singlePrecisionMissing()
          + (settings.ci() ? " (CI is set, so this is a failure)" : " (not in CI, so only the JVM side is checked)"));
    }
    return programs.stream().map(program -> dynamicTest(program.id(), () -> {
      ConformanceRun.Outcome outcome = run.outcome(program).join();
      SCOREBOARD.record(program.area(), outcome);
      Verdict verdict = outcome.verdict();
      switch (verdict.status()) {
        case PASSED -> { }
        case SKIPPED -> Assumptions.abort(verdict.message());
        case FAILED -> fail(verdict.message());
      }
    }));
  }

  @AfterAll
  static void printSummary() {
    System.out.print(SCOREBOARD.summary((System.nanoTime() - startedNanos) / 1_000_000));
    System.out.flush();
  }
}
