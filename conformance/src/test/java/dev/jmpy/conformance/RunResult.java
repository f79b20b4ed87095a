package dev.jmpy.conformance;

/**
 * What one side printed while running one program.
 *
 * @param stdout everything written to standard output, with {@code \n} line ends
 * @param stderr everything written to standard error
 * @param exception the text of an exception that escaped the program (a stack trace or a
 *     traceback), or of a harness failure such as a time-out; {@code null} when it ended normally
 * @param millis wall time of the run
 */
record RunResult(String stdout, String stderr, String exception, long millis) {

  RunResult {
    stdout = normalizeLineEnds(stdout);
    stderr = normalizeLineEnds(stderr);
  }

  static RunResult failed(String why) {
    return new RunResult("", "", why, 0);
  }

  boolean endedNormally() {
    return exception == null;
  }

  static String normalizeLineEnds(String text) {
    return text == null ? "" : text.replace("\r\n", "\n");
  }
}
