package dev.jmpy.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What the benchmarks under {@code bench/} need of the harness: compile, and run on MicroPython. */
public final class BenchSupport {
  private BenchSupport() {}

  /** Compiles {@code source} with the processor and {@code options}; the board image. */
  public static Path compile(Path source, Path classesDir, List<String> options) {
    ProgramCompiler.Compiled compiled = new ProgramCompiler().compile(source, classesDir, options);
    if (!compiled.succeeded()) {
      throw new IllegalStateException(compiled.diagnostics());
    }
    return compiled.boardImage();
  }

  /** Runs a board image on MicroPython 1.27 (WebAssembly, Node); its stdout. */
  public static String runOnMicroPython(Path image) {
    Path module = ConformanceRun.Settings.fromEnvironment().conformanceDir();
    RunResult result = BoardRunner.microPython(module, Duration.ofMinutes(2))
        .run(List.of(new BoardRunner.Job("bench", image))).get("bench");
    if (result.exception() != null) {
      throw new IllegalStateException(result.exception());
    }
    return result.stdout();
  }
}
