package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs every program through the pipeline, overlapping the stages: compile (in parallel), run on
 * the JVM (one at a time), and run the board images in batches, one Node (or CPython) process per
 * batch, a few batches at once. Each program's {@link Outcome} is available as soon as both of its
 * sides have run.
 */
final class ConformanceRun {

  /**
   * How to run.
   *
   * @param conformanceDir the conformance module (holds node_modules and the runners)
   * @param programsDir the corpus: {@code <area>/<Name>.java}
   * @param workDir where each program is compiled, in {@code <area>/<Name>/classes}
   * @param semanticsDoc docs/semantics.md, where intended differences are written down
   * @param record write a missing {@code Name.exp} from the board's output
   * @param ci running in CI: a missing python3 fails instead of skipping
   * @param boardProcesses how many runner processes may run at once
   * @param jvmTimeout how long one program's main may run on the JVM
   * @param boardTimeout how long one program may run on the board
   * @param afterCompile called with each board image before it runs (the self-test breaks one on purpose)
   */
  record Settings(
      Path conformanceDir,
      Path programsDir,
      Path workDir,
      Path semanticsDoc,
      boolean record,
      boolean ci,
      int boardProcesses,
      Duration jvmTimeout,
      Duration boardTimeout,
      Consumer<Path> afterCompile) {

    /** The settings of the real suite, from system properties set by the pom. */
    static Settings fromEnvironment() {
      Path dir = Path.of(System.getProperty("jmpy.conformance.dir", System.getProperty("user.dir")));
      String programs = System.getProperty("jmpy.programs.dir", "");
      return new Settings(
          dir,
          programs.isBlank() ? dir.resolve("src/test/programs") : Path.of(programs),
          dir.resolve("target/conformance"),
          dir.resolveSibling("docs").resolve("semantics.md"),
          Boolean.getBoolean("jmpy.record"),
          runningInCi(),
          Math.max(2, Runtime.getRuntime().availableProcessors()),
          Duration.ofSeconds(30),
          Duration.ofSeconds(20),
          image -> {});
    }

    /** CI sets CI=true; there nothing may be skipped. */
    static boolean runningInCi() {
      String ci = System.getenv("CI");
      return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    Settings withRecord(boolean on) {
      return new Settings(conformanceDir, programsDir, workDir, semanticsDoc, on, ci, boardProcesses, jvmTimeout, boardTimeout, afterCompile);
    }

    Settings withSemanticsDoc(Path doc) {
      return new Settings(conformanceDir, programsDir, workDir, doc, record, ci, boardProcesses, jvmTimeout, boardTimeout, afterCompile);
    }

    Settings withAfterCompile(Consumer<Path> hook) {
      return new Settings(conformanceDir, programsDir, workDir, semanticsDoc, record, ci, boardProcesses, jvmTimeout, boardTimeout, hook);
    }

    Settings withWorkDir(Path dir) {
      return new Settings(conformanceDir, programsDir, dir, semanticsDoc, record, ci, boardProcesses, jvmTimeout, boardTimeout, afterCompile);
    }
  }

  /**
   * One program's verdict and where its time went.
   *
   * @param notes things the suite should say at the end, such as a recorded {@code .exp}
   */
  record Outcome(Verdict verdict, long compileMillis, long jvmMillis, long boardMillis, String notes) {}

  private static final int MAX_BATCH = 25;

  private final Settings settings;
  private final Map<Program, CompletableFuture<Outcome>> outcomes = new LinkedHashMap<>();
  private final ProgramCompiler compiler = new ProgramCompiler();
  private final JvmRunner jvmRunner;
  private final ExecutorService compilePool;
  private final ExecutorService jvmThread;
  private final ExecutorService boardPool;
  private final Batcher microPython;
  private final Batcher cpython;
  private final Batcher singlePrecision;
  private final String cpythonMissing;
  private final String singlePrecisionMissing;

  private ConformanceRun(List<Program> programs, Settings settings) {
    this.settings = settings;
    this.jvmRunner = new JvmRunner(settings.jvmTimeout());
    this.compilePool = Executors.newFixedThreadPool(
        Math.max(1, Runtime.getRuntime().availableProcessors()), daemon("jmpy-compile"));
    this.jvmThread = Executors.newSingleThreadExecutor(daemon("jmpy-jvm-runs"));
    this.boardPool = Executors.newFixedThreadPool(settings.boardProcesses(), daemon("jmpy-board-runs"));
    int batchSize = Math.max(1, Math.min(MAX_BATCH, ceilDiv(programs.size(), settings.boardProcesses())));
    this.microPython = new Batcher(BoardRunner.microPython(settings.conformanceDir(), settings.boardTimeout()), batchSize);
    this.cpython = new Batcher(BoardRunner.cpython(settings.conformanceDir(), settings.boardTimeout()), batchSize);
    boolean needsCPython = programs.stream().anyMatch(Program::runsOnCPython);
    this.cpythonMissing = needsCPython && !BoardRunner.python3Available()
        ? BoardRunner.PYTHON3 + " not found on PATH"
        : null;
    MicroPythonTools tools = MicroPythonTools.locate(settings.conformanceDir());
    this.singlePrecision = new Batcher(BoardRunner.unixMicroPython(settings.conformanceDir(),
        tools.singlePrecision(), settings.boardTimeout()), batchSize);
    boolean needsSinglePrecision = programs.stream().anyMatch(Program::singlePrecision);
    this.singlePrecisionMissing = needsSinglePrecision ? tools.singlePrecisionMissing() : null;
  }

  /** Starts every program; returns at once. */
  static ConformanceRun start(List<Program> programs, Settings settings) {
    ConformanceRun run = new ConformanceRun(programs, settings);
    AtomicInteger notYetBatched = new AtomicInteger(programs.size());
    for (Program program : programs) {
      run.outcomes.put(program, run.startOne(program, notYetBatched));
    }
    if (programs.isEmpty()) {
      run.shutdown();
    } else {
      CompletableFuture.allOf(run.outcomes.values().toArray(CompletableFuture[]::new))
          .whenComplete((ignored, error) -> run.shutdown());
    }
    return run;
  }

  CompletableFuture<Outcome> outcome(Program program) {
    return outcomes.get(program);
  }

  /** Why the CPython side cannot run here, or null. */
  String cpythonMissing() {
    return cpythonMissing;
  }

  /** Why the single-precision MicroPython side of the float programs cannot run here, or null. */
  String singlePrecisionMissing() {
    return singlePrecisionMissing;
  }

  /** Why this program's board side cannot run here, or null. */
  private String boardMissing(Program program) {
    return program.runsOnCPython() ? cpythonMissing : program.singlePrecision() ? singlePrecisionMissing : null;
  }

  private Batcher batcher(Program program) {
    return program.runsOnCPython() ? cpython : program.singlePrecision() ? singlePrecision : microPython;
  }

  private static String boardName(Program program) {
    return program.runsOnCPython() ? "CPython"
        : program.singlePrecision() ? "MicroPython (" + MicroPythonTools.SINGLE_PRECISION + ")" : "MicroPython";
  }

  private CompletableFuture<Outcome> startOne(Program program, AtomicInteger notYetBatched) {
    Path classesDir = settings.workDir().resolve(program.area()).resolve(program.name()).resolve("classes");
    long[] compileMillis = {0};
    CompletableFuture<ProgramCompiler.Compiled> compiled = CompletableFuture.supplyAsync(() -> {
      long started = System.nanoTime();
      try {
        ProgramCompiler.Compiled result = compiler.compile(program.source(), classesDir, program.processorOptions());
        if (result.succeeded()) {
          settings.afterCompile().accept(result.boardImage());
        }
        return result;
      } finally {
        compileMillis[0] = (System.nanoTime() - started) / 1_000_000;
      }
    }, compilePool);

    CompletableFuture<RunResult> board = compiled.handle((result, error) -> {
      CompletableFuture<RunResult> run = null;
      if (error == null && result.succeeded() && boardMissing(program) == null) {
        run = batcher(program).submit(program.id(), result.classesDir(),
            program.realTime(), program.onBoard() ? scenarioFile(program) : null, program.stdin());
      }
      if (notYetBatched.decrementAndGet() == 0) {
        microPython.flush();
        cpython.flush();
        singlePrecision.flush();
      }
      return run == null ? CompletableFuture.<RunResult>completedFuture(null) : run;
    }).thenCompose(future -> future);

    CompletableFuture<RunResult> jvm = compiled.thenApplyAsync(
        result -> !result.succeeded() ? null
            : program.onBoard() ? jvmRunner.runOnBoard(result.classesDir(), program.name(), program.scenario())
            : jvmRunner.run(result.classesDir(), program.name(), !program.realTime(), program.stdin()),
        jvmThread);

    return compiled.thenCompose(result -> jvm.thenCombine(board, (jvmResult, boardResult) ->
            judge(program, result, jvmResult, boardResult, compileMillis[0]))
            .thenCompose(outcome -> program.realTime() && outcome.verdict().status() == Verdict.Status.FAILED
                ? runAgain(program, result, compileMillis[0])
                : CompletableFuture.completedFuture(outcome)))
        .exceptionally(error -> new Outcome(
            new Verdict(Verdict.Status.FAILED, program.id() + ": harness error",
                program.id() + ": harness error\nprogram: " + program.source().toAbsolutePath() + "\n" + stackTrace(error)),
            compileMillis[0], 0, 0, ""));
  }

  /**
   * The real-time group's tolerance: a program that differed is run once more, both sides, and
   * that second outcome stands (it says it was a second run).
   */
  private CompletableFuture<Outcome> runAgain(Program program, ProgramCompiler.Compiled compiled, long compileMillis) {
    CompletableFuture<RunResult> jvm = CompletableFuture.supplyAsync(
        () -> jvmRunner.run(compiled.classesDir(), program.name(), false, program.stdin()), jvmThread);
    CompletableFuture<RunResult> board = CompletableFuture.supplyAsync(
        () -> batcher(program).runner.run(
            List.of(new BoardRunner.Job(program.id(), compiled.classesDir(), true, null, program.stdin())))
            .get(program.id()),
        boardPool);
    return jvm.thenCombine(board, (jvmResult, boardResult) -> {
      Outcome second = judge(program, compiled, jvmResult, boardResult, compileMillis);
      return new Outcome(second.verdict(), second.compileMillis(), second.jvmMillis(), second.boardMillis(),
          (second.notes().isEmpty() ? "" : second.notes() + "; ") + "real-time program run a second time after a difference");
    });
  }

  private Outcome judge(Program program, ProgramCompiler.Compiled compiled, RunResult jvm, RunResult board, long compileMillis) {
    if (!compiled.succeeded()) {
      return new Outcome(Verdict.compileFailed(program, compiled), compileMillis, 0, 0, "");
    }
    String boardName = boardName(program);
    Expectation expectation = Expectation.load(program, settings.semanticsDoc());
    String notes = "";
    if (settings.record() && !expectation.recorded() && expectation.problem() == null
        && board != null && board.endedNormally()) {
      // Recorded from the board, never from the JVM: the board is the reference.
      write(program.sharedExpected(), board.stdout());
      notes = "recorded " + program.sharedExpected() + " from " + boardName;
      expectation = Expectation.load(program, settings.semanticsDoc());
    }
    Verdict.Evidence evidence = new Verdict.Evidence(program, compiled, jvm, board, boardName, expectation);
    Verdict verdict;
    String missing = boardMissing(program);
    if (board == null && missing != null) {
      verdict = settings.ci()
          ? Verdict.boardUnavailable(evidence, missing + ", and CI is set: the " + program.area() + " area must run in CI")
          : Verdict.judgeJvmOnly(evidence, missing);
    } else {
      verdict = Verdict.judge(evidence);
    }
    if (program.onBoard() && verdict.status() == Verdict.Status.PASSED) {
      // Generated code is checked against the ESP32 port's API table too: the simulations accept
      // what the board might not.
      ApiCheck.Result api = ApiCheck.check(settings.conformanceDir(), List.of(compiled.boardImage()));
      if (!api.ok()) {
        String headline = program.id() + ": the ESP32 API check failed";
        verdict = new Verdict(Verdict.Status.FAILED, headline, headline + "\nprogram: "
            + program.source().toAbsolutePath() + "\n" + api.output()
            + GeneratedPython.listing(compiled.boardImage()));
      }
    }
    return new Outcome(verdict, compileMillis, jvm.millis(), board == null ? 0 : board.millis(), notes);
  }

  private void shutdown() {
    compilePool.shutdown();
    jvmThread.shutdown();
    boardPool.shutdown();
  }

  /** Collects board jobs into batches; each full batch (and the rest, on flush) goes to one runner process. */
  private final class Batcher {
    private final BoardRunner runner;
    private final int batchSize;
    private final List<BoardRunner.Job> jobs = new ArrayList<>();
    private final Map<String, CompletableFuture<RunResult>> waiting = new LinkedHashMap<>();

    Batcher(BoardRunner runner, int batchSize) {
      this.runner = runner;
      this.batchSize = batchSize;
    }

    synchronized CompletableFuture<RunResult> submit(String id, Path dir, boolean realTime, Path board,
        Path stdin) {
      CompletableFuture<RunResult> result = new CompletableFuture<>();
      jobs.add(new BoardRunner.Job(id, dir, realTime, board, stdin));
      waiting.put(id, result);
      if (jobs.size() >= batchSize) {
        flush();
      }
      return result;
    }

    synchronized void flush() {
      if (jobs.isEmpty()) {
        return;
      }
      List<BoardRunner.Job> batch = List.copyOf(jobs);
      Map<String, CompletableFuture<RunResult>> results = new LinkedHashMap<>(waiting);
      jobs.clear();
      waiting.clear();
      boardPool.execute(() -> {
        try {
          Map<String, RunResult> done = runner.run(batch);
          results.forEach((id, future) -> future.complete(done.get(id)));
        } catch (RuntimeException e) {
          results.values().forEach(future -> future.completeExceptionally(e));
        }
      });
    }
  }

  /** The scenario file of a hardware program; an empty board's when it has none. */
  private Path scenarioFile(Program program) {
    if (Files.exists(program.scenarioFile())) {
      return program.scenarioFile();
    }
    Path empty = settings.workDir().resolve("empty.board.json");
    synchronized (this) {
      if (!Files.exists(empty)) {
        try {
          Files.createDirectories(settings.workDir());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        write(empty, "{}");
      }
    }
    return empty;
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> Thread.ofPlatform().name(name).daemon().unstarted(runnable);
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  private static String stackTrace(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
