package dev.jmpy.corpus;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a program three ways: its class on the JVM (a fresh {@code java} process), its board image
 * on real MicroPython 1.27 (the WebAssembly port under Node, through the conformance suite's
 * {@code run-micropython.mjs}), and on the unix port built with single-precision floats, as the
 * ESP32 computes.
 */
final class ProgramRuns {
  /** What one run printed, and the exception that ended it (null when it ended normally). */
  record Run(String stdout, String stderr, String exception) {
    boolean ok() {
      return exception == null;
    }
  }

  private static final Pattern MAIN_DEF = Pattern.compile("(?m)^def main\\((\\w*)\\)");
  private static final long TIMEOUT_SECONDS = 60;

  private final Path repoRoot;

  ProgramRuns(Path repoRoot) {
    this.repoRoot = repoRoot;
  }

  /**
   * A board image that runs one module's {@code main}: {@code main.py} written here, everything
   * else of {@code image} linked in. Returns the folder.
   */
  static Path boardJob(Path image, Path jobsDir, String id, String modulePath) {
    Path job = jobsDir.resolve(id);
    try {
      ProcessorCompile.deleteRecursively(job);
      Files.createDirectories(job);
      try (Stream<Path> entries = Files.list(image)) {
        for (Path entry : entries.toList()) {
          if (!entry.getFileName().toString().equals("main.py")) {
            Files.createSymbolicLink(job.resolve(entry.getFileName()), entry.toAbsolutePath());
          }
        }
      }
      String module = modulePath.substring(0, modulePath.length() - ".py".length());
      int slash = module.lastIndexOf('/');
      String name = module.substring(slash + 1);
      String importLine = slash < 0
          ? "import " + name
          : "from " + module.substring(0, slash).replace('/', '.') + " import " + name;
      Matcher def = MAIN_DEF.matcher(Files.readString(image.resolve(modulePath), UTF_8));
      String call = name + ".main(" + (def.find() && !def.group(1).isEmpty() ? "[]" : "") + ")";
      Files.writeString(job.resolve("main.py"), importLine + "\n" + call + "\n", UTF_8);
      return job;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code className}'s main on the JVM with {@code classes} and the user class path. */
  Run jvm(Path classes, String className, Path scratch) {
    List<Path> classpath = new ArrayList<>(List.of(classes));
    classpath.addAll(ProcessorCompile.userClasspath());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return process(List.of(java, "-cp", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()),
        className), repoRoot, scratch);
  }

  /** Runs a board image on the unix port {@code binary} (e.g. {@code micropython-float}). */
  Run unixPort(Path binary, Path job, Path scratch) {
    return process(List.of(binary.toString(), "main.py"), job, scratch);
  }

  private static Run process(List<String> command, Path workingDir, Path scratch) {
    try {
      Files.createDirectories(scratch);
      Path out = Files.createTempFile(scratch, "out", ".txt");
      Path err = Files.createTempFile(scratch, "err", ".txt");
      Process process = new ProcessBuilder(command).directory(workingDir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!ended) {
        process.destroyForcibly().waitFor();
      }
      String stdout = Files.readString(out, UTF_8);
      String stderr = Files.readString(err, UTF_8);
      Files.delete(out);
      Files.delete(err);
      if (!ended) {
        return new Run(stdout, stderr, "[corpus] timed out after " + TIMEOUT_SECONDS + " s");
      }
      int code = process.exitValue();
      return new Run(stdout, stderr, code == 0 ? null : "exit code " + code + ": " + lastLines(stderr, 6));
    } catch (IOException e) {
      return new Run("", "", "[corpus] could not start " + command.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Run("", "", "[corpus] interrupted");
    }
  }

  /**
   * Runs board images on MicroPython 1.27 (WebAssembly port) in one Node process; the result per
   * job id. Installs the port with the conformance module's script if it is missing.
   */
  Map<String, Run> microPython(Map<String, Path> jobs) {
    Map<String, Run> runs = new LinkedHashMap<>();
    if (jobs.isEmpty()) {
      return runs;
    }
    Path conformance = repoRoot.resolve("conformance");
    String installProblem = ensureMicroPythonInstalled(conformance);
    if (installProblem != null) {
      jobs.keySet().forEach(id -> runs.put(id, new Run("", "", installProblem)));
      return runs;
    }
    List<Map<String, String>> list = new ArrayList<>();
    jobs.forEach((id, dir) -> list.add(Map.of("id", id, "dir", dir.toAbsolutePath().toString())));
    try {
      Process node = new ProcessBuilder("node", "src/test/node/run-micropython.mjs", "--timeout-ms", "60000")
          .directory(conformance.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      node.getOutputStream().write(JsonText.arrayOfObjects(list).getBytes(UTF_8));
      node.getOutputStream().close();
      String output = new String(node.getInputStream().readAllBytes(), UTF_8);
      node.waitFor();
      for (String line : output.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        Map<String, Object> result = JsonText.parseObject(line);
        runs.put((String) result.get("id"), new Run((String) result.get("stdout"),
            (String) result.get("stderr"), (String) result.get("exception")));
      }
    } catch (IOException e) {
      jobs.keySet().forEach(id -> runs.put(id, new Run("", "", "[corpus] could not run node: " + e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return runs;
  }

  private static String ensureMicroPythonInstalled(Path conformance) {
    if (Files.isDirectory(conformance.resolve("node_modules/@micropython/micropython-webassembly-pyscript"))) {
      return null;
    }
    try {
      Process install = new ProcessBuilder("node", "src/test/node/install-if-stale.mjs")
          .directory(conformance.toFile()).inheritIO().start();
      if (install.waitFor() != 0) {
        return "[corpus] installing MicroPython with npm failed (node src/test/node/install-if-stale.mjs in conformance/)";
      }
      return null;
    } catch (IOException e) {
      return "[corpus] Node is needed to run MicroPython: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "[corpus] interrupted";
    }
  }

  /**
   * The single-precision unix port: {@code -Djmpy.micropython.dir} or {@code JMPY_MICROPYTHON_DIR}
   * naming the folder of {@code micropython-float}, else {@code ../shared/tools/micropython} beside
   * the repository; null when there is none.
   */
  Path singlePrecisionPort() {
    String configured = System.getProperty("jmpy.micropython.dir", System.getenv("JMPY_MICROPYTHON_DIR"));
    Path dir = configured != null && !configured.isBlank()
        ? Path.of(configured)
        : repoRoot.toAbsolutePath().getParent().resolve("shared/tools/micropython");
    Path binary = dir.resolve("micropython-float");
    return Files.isExecutable(binary) ? binary : null;
  }

  static String lastLines(String text, int n) {
    String[] lines = text.strip().split("\n");
    return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - n), lines.length));
  }

  /** Where two outputs first differ, for a report: a few lines of each side. */
  static String firstDifference(String expected, String actual, String expectedName, String actualName) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int i = 0;
    while (i < a.length && i < b.length && a[i].equals(b[i])) {
      i++;
    }
    StringBuilder out = new StringBuilder("first difference at line " + (i + 1) + ":\n");
    for (int k = i; k < Math.min(i + 3, Math.max(a.length, b.length)); k++) {
      out.append("  ").append(expectedName).append(": ").append(k < a.length ? a[k] : "(end)").append('\n');
      out.append("  ").append(actualName).append(": ").append(k < b.length ? b[k] : "(end)").append('\n');
    }
    return out.toString();
  }
}
