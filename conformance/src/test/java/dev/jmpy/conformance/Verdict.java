package dev.jmpy.conformance;

import java.nio.file.Path;

/**
 * Whether a program conforms, and if not, a message that says which side moved and shows why:
 * the program's path, a unified diff per moved side, exceptions, and the generated Python.
 *
 * @param status passed (both sides printed their expected output and ended normally), failed, or
 *     skipped (only where python3 is missing outside CI, for the CPython side)
 * @param headline one line: {@code area/Name: JVM moved} (or MicroPython moved, both moved,
 *     compile failed, no expected output, ...), or {@code area/Name: ok}
 * @param message the whole report
 */
record Verdict(Status status, String headline, String message) {

  enum Status { PASSED, FAILED, SKIPPED }

  static final String JVM = "JVM";

  /** Everything known about one program once both sides have run; {@code board} is null if it could not run here. */
  record Evidence(
      Program program,
      ProgramCompiler.Compiled compiled,
      RunResult jvm,
      RunResult board,
      String boardName,
      Expectation expectation) {}

  static Verdict compileFailed(Program program, ProgramCompiler.Compiled compiled) {
    String headline = program.id() + ": compile failed";
    return new Verdict(Status.FAILED, headline, headline + "\n"
        + "program: " + program.source().toAbsolutePath() + "\n\n"
        + "diagnostics (javac and the jmpy processor):\n" + compiled.diagnostics() + "\n");
  }

  static Verdict judge(Evidence evidence) {
    Program program = evidence.program();
    Expectation expected = evidence.expectation();
    StringBuilder body = new StringBuilder();
    body.append("program: ").append(program.source().toAbsolutePath()).append('\n');
    if (expected.problem() != null) {
      return failed(program.id() + ": expected output unusable", body.append(expected.problem()).append('\n'), evidence);
    }
    if (!expected.recorded()) {
      body.append("no ").append(program.sharedExpected().getFileName())
          .append(" yet: record it from the ").append(evidence.boardName())
          .append(" run with -Djmpy.record=true (check it by eye first).\n");
      appendOutput(body, JVM, evidence.jvm());
      if (evidence.board() != null) {
        appendOutput(body, evidence.boardName(), evidence.board());
      }
      return failed(program.id() + ": no expected output", body, evidence);
    }
    boolean jvmMoved = moved(evidence.jvm(), expected.jvm());
    boolean boardMoved = evidence.board() != null && moved(evidence.board(), expected.board());
    if (!jvmMoved && !boardMoved) {
      return new Verdict(Status.PASSED, program.id() + ": ok", program.id() + ": ok\n");
    }
    String who = jvmMoved && boardMoved ? "both moved" : jvmMoved ? JVM + " moved" : evidence.boardName() + " moved";
    if (jvmMoved) {
      appendSide(body, JVM, evidence.jvm(), expected.jvm(), expected.jvmFile());
    }
    if (boardMoved) {
      appendSide(body, evidence.boardName(), evidence.board(), expected.board(), expected.boardFile());
    }
    return failed(program.id() + ": " + who, body, evidence);
  }

  /** Where the board side cannot run here (no python3 outside CI): the JVM side is still checked. */
  static Verdict judgeJvmOnly(Evidence evidence, String whyBoardSkipped) {
    Program program = evidence.program();
    Expectation expected = evidence.expectation();
    if (expected.problem() != null || !expected.recorded() || moved(evidence.jvm(), expected.jvm())) {
      return judge(evidence);
    }
    String headline = program.id() + ": " + evidence.boardName() + " side skipped";
    return new Verdict(Status.SKIPPED, headline, headline + " (" + whyBoardSkipped + "); the JVM side matches "
        + expected.jvmFile().getFileName());
  }

  /** Where the board side cannot run and must (CI): a failure that says so. */
  static Verdict boardUnavailable(Evidence evidence, String why) {
    StringBuilder body = new StringBuilder("program: " + evidence.program().source().toAbsolutePath() + "\n" + why + "\n");
    return failed(evidence.program().id() + ": " + evidence.boardName() + " side cannot run", body, evidence);
  }

  boolean passed() {
    return status == Status.PASSED;
  }

  private static boolean moved(RunResult actual, String expected) {
    return !actual.endedNormally() || !actual.stdout().equals(expected);
  }

  private static void appendSide(StringBuilder body, String side, RunResult actual, String expected, Path expectedFile) {
    body.append('\n').append("== ").append(side).append(" moved ==\n");
    String diff = UnifiedDiff.diff(expected, actual.stdout(),
        "expected (" + expectedFile.getFileName() + ")", "actual (" + side + " stdout)");
    if (!diff.isEmpty()) {
      body.append(diff);
    } else {
      body.append("stdout as expected\n");
    }
    if (!actual.endedNormally()) {
      body.append(side).append(" did not end normally:\n").append(actual.exception().strip()).append('\n');
    }
    appendStderr(body, side, actual);
  }

  private static void appendOutput(StringBuilder body, String side, RunResult actual) {
    body.append('\n').append("== ").append(side).append(" stdout ==\n").append(actual.stdout());
    if (!actual.stdout().isEmpty() && !actual.stdout().endsWith("\n")) {
      body.append("\n(no newline at end)\n");
    }
    if (!actual.endedNormally()) {
      body.append(side).append(" did not end normally:\n").append(actual.exception().strip()).append('\n');
    }
    appendStderr(body, side, actual);
  }

  private static void appendStderr(StringBuilder body, String side, RunResult actual) {
    String stderr = actual.stderr().strip();
    if (!stderr.isEmpty() && (actual.endedNormally() || !stderr.equals(actual.exception().strip()))) {
      body.append(side).append(" stderr:\n").append(stderr).append('\n');
    }
  }

  private static Verdict failed(String headline, StringBuilder body, Evidence evidence) {
    String diagnostics = evidence.compiled().diagnostics().strip();
    if (!diagnostics.isEmpty()) {
      body.append("\ncompiler messages:\n").append(diagnostics).append('\n');
    }
    String message = headline + "\n" + body
        + "\n== generated Python (" + evidence.compiled().boardImage() + ") ==\n"
        + GeneratedPython.listing(evidence.compiled().boardImage());
    return new Verdict(Status.FAILED, headline, message);
  }
}
