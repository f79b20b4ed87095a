package dev.jmpy.bench.device;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The unix MicroPython v1.27 port standing in for a board: a bundle is a board image whose modules
 * are compiled with mpy-cross ({@code main.py} stays source, as on a board), run by a small runner
 * that times {@code import main} in the interpreter ({@code time.ticks_us}) and reports the heap
 * still allocated afterwards ({@code gc.mem_alloc()} after {@code gc.collect()}, less what was
 * allocated before the import).
 */
final class UnixBoard {
  private static final String RUNNER = "_bench_run.py";
  private static final String MARK = "@@bench ";

  private final Path micropython;
  private final Path mpyCross;

  UnixBoard(Path tools) {
    this.micropython = tools.resolve("micropython");
    this.mpyCross = tools.resolve("mpy-cross");
  }

  /** What one run printed and measured. */
  record Run(int exit, String stdout, String stderr, long micros, long heapAfter, boolean timedOut) {
    boolean ok() {
      return exit == 0 && !timedOut;
    }
  }

  /** Copies {@code image} to {@code bundle} with every module but main.py compiled to .mpy. */
  Path bundle(Path image, Path bundle) throws IOException, InterruptedException {
    BoardImage.deleteRecursively(bundle);
    List<Path> sources;
    try (Stream<Path> files = Files.walk(image)) {
      sources = files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".py")).toList();
    }
    for (Path source : sources) {
      Path relative = image.relativize(source);
      Path target = bundle.resolve(relative.toString());
      Files.createDirectories(target.getParent());
      if (relative.toString().equals("main.py")) {
        Files.copy(source, target);
        continue;
      }
      Path mpy = bundle.resolve(relative.toString().replaceAll("\\.py$", ".mpy"));
      Process cross = new ProcessBuilder(mpyCross.toString(), "-o", mpy.toString(), source.toString())
          .redirectErrorStream(true).start();
      String out = new String(cross.getInputStream().readAllBytes(), UTF_8);
      if (cross.waitFor() != 0) {
        throw new IllegalStateException("mpy-cross " + source + ": " + out);
      }
    }
    Files.writeString(bundle.resolve(RUNNER), """
        import gc, sys, time
        gc.collect()
        _before = gc.mem_alloc()
        _t0 = time.ticks_us()
        import main
        _t1 = time.ticks_us()
        gc.collect()
        print("@@bench", time.ticks_diff(_t1, _t0), gc.mem_alloc() - _before, file=sys.stderr)
        """);
    return bundle;
  }

  /** Bytes of a bundle as flashed: the .mpy modules and main.py. */
  static long bundleBytes(Path bundle) throws IOException {
    try (Stream<Path> files = Files.walk(bundle)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(RUNNER))
          .mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Bytes of the .py sources of a board image. */
  static long sourceBytes(Path image) throws IOException {
    try (Stream<Path> files = Files.walk(image)) {
      return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".py"))
          .mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Runs a bundle with a heap of {@code heapBytes}, killed after {@code timeoutSeconds}. */
  Run run(Path bundle, long heapBytes, long timeoutSeconds) throws IOException, InterruptedException {
    Path out = Files.createTempFile("mp-out", ".txt");
    Path err = Files.createTempFile("mp-err", ".txt");
    try {
      Process process = new ProcessBuilder(micropython.toString(), "-X", "heapsize=" + heapBytes, RUNNER)
          .directory(bundle.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .start();
      boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly().waitFor();
      }
      String stdout = Files.readString(out, UTF_8);
      String stderr = Files.readString(err, UTF_8);
      long micros = -1;
      long heap = -1;
      List<String> otherErr = new ArrayList<>();
      for (String line : stderr.split("\n")) {
        if (line.startsWith(MARK)) {
          String[] f = line.substring(MARK.length()).trim().split(" ");
          micros = Long.parseLong(f[0]);
          heap = Long.parseLong(f[1]);
        } else if (!line.isEmpty()) {
          otherErr.add(line);
        }
      }
      return new Run(finished ? process.exitValue() : -1, stdout, String.join("\n", otherErr), micros,
          heap, !finished);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /**
   * The smallest heap ({@code -X heapsize}, within 3%) with which the bundle prints {@code expected}:
   * the heap the program needs on this port. Searched between a few KiB and {@code upper}, which
   * must suffice.
   */
  long heapNeeded(Path bundle, String expected, long upper, long timeoutSeconds)
      throws IOException, InterruptedException {
    long low = 4 * 1024; // fails
    long high = upper; // succeeds
    while (high - low > Math.max(1024, high * 3 / 100)) {
      long mid = (low + high) / 2;
      Run run = run(bundle, mid, timeoutSeconds);
      if (run.ok() && run.stdout().equals(expected)) {
        high = mid;
      } else {
        low = mid;
      }
    }
    return high;
  }
}
