package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs board images (folders holding {@code main.py}) in one external process per batch: Node with
 * real MicroPython ({@code src/test/node/run-micropython.mjs}), Node driving a unix build of real
 * MicroPython ({@code src/test/node/run-unix-micropython.mjs}, for single-precision floats), or
 * CPython 3 for the programs that need sockets ({@code src/test/python/run_cpython.py}). All speak
 * the same protocol: a JSON array of jobs on stdin, one JSON result per line on stdout.
 */
final class BoardRunner {

  /** The CPython 3 command; -Djmpy.python3=... names another (or a missing one, to try the skip path). */
  static final String PYTHON3 = System.getProperty("jmpy.python3", "python3");

  /**
   * One board image to run; {@code dir} holds {@code main.py} or {@code micropython/main.py}.
   * MicroPython runs it in virtual time unless {@code realTime} (CPython always runs in real time).
   * {@code stdin}, when not null, is the file the program reads as its standard input.
   */
  record Job(String id, Path dir, boolean realTime, Path board, Path stdin) {
    Job(String id, Path dir, boolean realTime, Path board) {
      this(id, dir, realTime, board, null);
    }

    Job(String id, Path dir) {
      this(id, dir, false, null);
    }

    Job(String id, Path dir, boolean realTime) {
      this(id, dir, realTime, null);
    }
  }

  private final String description;
  private final List<String> command;
  private final Path workingDir;
  private final Duration timeoutPerJob;

  private BoardRunner(String description, List<String> command, Path workingDir, Duration timeoutPerJob) {
    this.description = description;
    this.command = command;
    this.workingDir = workingDir;
    this.timeoutPerJob = timeoutPerJob;
  }

  /** Real MicroPython 1.27 (WebAssembly port) under Node, installed in {@code conformanceDir/node_modules}. */
  static BoardRunner microPython(Path conformanceDir, Duration timeoutPerJob) {
    return new BoardRunner(
        "MicroPython",
        List.of("node", "src/test/node/run-micropython.mjs", "--timeout-ms", String.valueOf(timeoutPerJob.toMillis())),
        conformanceDir,
        timeoutPerJob);
  }

  /** CPython 3's asyncio with sleep_ms / wait_for_ms shimmed, for programs that need sockets. */
  static BoardRunner cpython(Path conformanceDir, Duration timeoutPerJob) {
    return new BoardRunner(
        "CPython",
        List.of(PYTHON3, "src/test/python/run_cpython.py", "--timeout-ms", String.valueOf(timeoutPerJob.toMillis())),
        conformanceDir,
        timeoutPerJob);
  }

  /**
   * A unix build of real MicroPython 1.27 ({@code shared/tools/micropython}, see
   * {@link MicroPythonTools}), one fresh process per job; {@code binary} is {@code micropython-float}
   * (single precision, as the ESP32 firmware) or {@code micropython} (double precision).
   */
  static BoardRunner unixMicroPython(Path conformanceDir, Path binary, Duration timeoutPerJob) {
    return new BoardRunner(
        "MicroPython (" + binary.getFileName() + ")",
        List.of("node", "src/test/node/run-unix-micropython.mjs", "--binary", binary.toAbsolutePath().toString(),
            "--timeout-ms", String.valueOf(timeoutPerJob.toMillis())),
        conformanceDir,
        timeoutPerJob);
  }

  /** Whether {@link #PYTHON3} can be started here. */
  static boolean python3Available() {
    try {
      Process probe = new ProcessBuilder(PYTHON3, "--version").redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The Python simulation of the ESP32 (esp32-stubs/src/main/python), beside this module. */
  static Path boardSimulation(Path conformanceDir) {
    return conformanceDir.toAbsolutePath().resolveSibling("esp32-stubs").resolve("src/main/python");
  }

  String description() {
    return description;
  }

  /** Runs the jobs in one process, in order; every job gets a result, failed ones with the reason. */
  Map<String, RunResult> run(List<Job> jobs) {
    Map<String, RunResult> results = new LinkedHashMap<>();
    if (jobs.isEmpty()) {
      return results;
    }
    Process process;
    try {
      process = new ProcessBuilder(command).directory(workingDir.toFile()).start();
    } catch (IOException e) {
      return allFailed(jobs, "[jmpy harness] cannot start " + String.join(" ", command) + ": " + e.getMessage());
    }
    // Drained on its own thread so a chatty runner cannot block on a full stderr pipe.
    CompletableFuture<String> stderr = new CompletableFuture<>();
    Thread.ofPlatform().daemon().name("jmpy-runner-stderr").start(() -> stderr.complete(readAll(process)));
    try (Writer stdin = new java.io.OutputStreamWriter(process.getOutputStream(), UTF_8)) {
      stdin.write(jobs.stream()
          .map(job -> "{\"id\":" + Json.quote(job.id()) + ",\"dir\":" + Json.quote(job.dir().toAbsolutePath().toString())
              + ",\"realTime\":" + job.realTime()
              + (job.board() == null ? "" : ",\"board\":" + Json.quote(job.board().toAbsolutePath().toString())
                  + ",\"boardSim\":" + Json.quote(boardSimulation(workingDir).toString()))
              + (job.stdin() == null ? "" : ",\"stdin\":" + Json.quote(job.stdin().toAbsolutePath().toString()))
              + "}")
          .collect(Collectors.joining(",", "[", "]")));
    } catch (IOException e) {
      // The process died at once; its stderr says why (reported below).
    }
    try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
      String line;
      while ((line = stdout.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        Map<String, Object> result = Json.parseObject(line);
        results.put((String) result.get("id"), toRunResult(result));
      }
      // The runners stop overrunning jobs themselves; this bound only catches a runner gone wrong.
      long bound = timeoutPerJob.toMillis() * (jobs.size() + 2);
      if (!process.waitFor(bound, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    String runnerErrors = stderr.join();
    List<Job> missing = new ArrayList<>();
    for (Job job : jobs) {
      if (!results.containsKey(job.id())) {
        missing.add(job);
      }
    }
    results.putAll(allFailed(missing, "[jmpy harness] the " + description + " runner gave no result"
        + (runnerErrors.isBlank() ? "" : "; its stderr:\n" + runnerErrors)));
    return results;
  }

  private static RunResult toRunResult(Map<String, Object> result) {
    Object exception = result.get("exception");
    Object millis = result.get("millis");
    return new RunResult(
        (String) result.get("stdout"),
        (String) result.get("stderr"),
        Boolean.TRUE.equals(result.get("ok")) ? null : (exception == null ? "[jmpy harness] failed" : (String) exception),
        millis instanceof Double number ? number.longValue() : 0);
  }

  private static Map<String, RunResult> allFailed(List<Job> jobs, String why) {
    Map<String, RunResult> results = new LinkedHashMap<>();
    for (Job job : jobs) {
      results.put(job.id(), RunResult.failed(why));
    }
    return results;
  }

  private static String readAll(Process process) {
    try {
      return new String(process.getErrorStream().readAllBytes(), UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
