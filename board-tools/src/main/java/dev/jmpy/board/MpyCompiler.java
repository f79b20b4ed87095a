package dev.jmpy.board;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Precompiles a board image to {@code .mpy} (MicroPython v1.27's bytecode, {@code .mpy} version 6.3,
 * as the ESP32 v1.27 firmware loads): every module but {@code main.py} and {@code boot.py} (which the
 * board runs as source at boot) and empty package {@code __init__.py} files (smaller as they are).
 * Each module keeps the name the board imports it by ({@code mpy-cross -s garden/plant_app.py}), so
 * tracebacks name the same files and the line maps still apply; optimisation levels 0 to 2 keep line
 * numbers, 3 drops them and so is refused.
 *
 * <p>Two compilers, byte-for-byte the same output (checked by a test): mpy-cross as WebAssembly from
 * npm ({@link #webAssembly}, needs only Node), or a native {@code mpy-cross} v1.27 ({@link #nativeTool}).
 */
public final class MpyCompiler {
  /** One module to compile: its source, the name it is imported by, where its .mpy goes. */
  record Job(Path source, String name, Path output) {}

  private interface Backend {
    void compile(List<Job> jobs, int optimisation) throws IOException;
  }

  private final Backend backend;
  private final String description;

  private MpyCompiler(Backend backend, String description) {
    this.backend = backend;
    this.description = description;
  }

  /** mpy-cross v1.27 as WebAssembly (npm {@code @pybricks/mpy-cross-v6}), run by Node. */
  public static MpyCompiler webAssembly(NodeTools node) {
    return new MpyCompiler((jobs, opt) -> {
      List<String> files = new ArrayList<>();
      for (Job job : jobs) {
        files.add("{\"source\": " + Json.string(job.source().toString()) + ", \"name\": "
            + Json.string(job.name()) + ", \"output\": " + Json.string(job.output().toString()) + "}");
      }
      String input = "{\"options\": [\"-O" + opt + "\"], \"files\": " + Json.array(files) + "}";
      List<String> failures = new ArrayList<>();
      for (String line : node.run("mpy-cross.cjs", input, 600).lines().toList()) {
        Map<String, Object> result = Json.object(line);
        if (!Boolean.TRUE.equals(result.get("ok"))) {
          failures.add(result.get("name") + ": " + result.get("messages"));
        }
      }
      if (!failures.isEmpty()) {
        throw new IOException("mpy-cross failed:\n" + String.join("\n", failures));
      }
    }, "mpy-cross v1.27 (WebAssembly)");
  }

  /** A native {@code mpy-cross} (it must be v1.27's: {@code .mpy} 6.3). */
  public static MpyCompiler nativeTool(Path mpyCross) {
    return new MpyCompiler((jobs, opt) -> {
      for (Job job : jobs) {
        Process p = new ProcessBuilder(mpyCross.toString(), "-O" + opt, "-s", job.name(),
            "-o", job.output().toString(), job.source().toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
          if (p.waitFor() != 0) {
            throw new IOException("mpy-cross failed on " + job.name() + ":\n" + output);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException();
        }
      }
    }, mpyCross.toString());
  }

  public String description() {
    return description;
  }

  /** Whether {@code path} (below the image) stays source in the .mpy image. */
  static boolean staysSource(String path, long size) {
    return path.equals("main.py") || path.equals("boot.py")
        || (path.endsWith("__init__.py") && size == 0) || !path.endsWith(".py");
  }

  /**
   * Writes the {@code .mpy} image of {@code pyImage} to {@code mpyImage} (emptied first). Returns
   * the paths compiled, below the image.
   */
  public List<String> compileImage(Path pyImage, Path mpyImage, int optimisation) throws IOException {
    if (optimisation < 0 || optimisation > 2) {
      throw new IllegalArgumentException("optimisation level " + optimisation + ": use 0 to 2 (3"
          + " drops line numbers, which tracebacks and their Java frames need)");
    }
    Map<String, byte[]> files = Deployer.readImage(pyImage);
    deleteTree(mpyImage);
    List<Job> jobs = new ArrayList<>();
    List<String> compiled = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String path = file.getKey();
      Path target = mpyImage.resolve(path);
      Files.createDirectories(target.getParent());
      if (staysSource(path, file.getValue().length)) {
        Files.write(target, file.getValue());
      } else {
        String mpy = path.substring(0, path.length() - 3) + ".mpy";
        jobs.add(new Job(pyImage.resolve(path), path, mpyImage.resolve(mpy)));
        compiled.add(path);
      }
    }
    if (!jobs.isEmpty()) {
      backend.compile(jobs, optimisation);
    }
    return compiled;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
