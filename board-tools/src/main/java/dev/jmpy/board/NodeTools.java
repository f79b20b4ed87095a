package dev.jmpy.board;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Node side of the board tools: mpy-cross v1.27 and MicroPython 1.27, both as WebAssembly from
 * npm, pinned by the {@code package-lock.json} inside this jar. On first use they are installed with
 * {@code npm ci} into a folder of their own ({@code -Djmpy.nodeHome=}, {@code JMPY_NODE_HOME}, else
 * {@code ~/.cache/jmpy/node-<lockfile hash>}); after that everything works offline.
 */
public final class NodeTools {
  private static final String RESOURCES = "/dev/jmpy/board/node/";
  private static final List<String> FILES =
      List.of("package.json", "package-lock.json", "mpy-cross.cjs", "run-wasm.mjs");

  private final Path home;
  private final Consumer<String> log;

  private NodeTools(Path home, Consumer<String> log) {
    this.home = home;
    this.log = log;
  }

  /** The tools in their usual folder, installed if they are not yet; {@code log} hears of npm. */
  public static NodeTools installed(Consumer<String> log) throws IOException {
    String configured = System.getProperty("jmpy.nodeHome");
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("JMPY_NODE_HOME");
    }
    Path home = configured == null || configured.isBlank()
        ? Path.of(System.getProperty("user.home"), ".cache", "jmpy",
            "node-" + Deployer.sha256(resource("package-lock.json")).substring(0, 12))
        : Path.of(configured);
    NodeTools tools = new NodeTools(home, log);
    tools.install();
    return tools;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = NodeTools.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("jmpy-board's jar lacks " + RESOURCES + name);
      }
      return in.readAllBytes();
    }
  }

  private void install() throws IOException {
    Files.createDirectories(home);
    try (FileChannel lockFile = FileChannel.open(home.resolve(".lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock()) {
      boolean changed = false;
      for (String name : FILES) {
        byte[] wanted = resource(name);
        Path file = home.resolve(name);
        if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), wanted)) {
          Files.write(file, wanted);
          changed |= name.startsWith("package");
        }
      }
      if (changed || !Files.exists(home.resolve("node_modules/.package-lock.json"))) {
        log.accept("installing mpy-cross and MicroPython (WebAssembly, npm ci) in " + home);
        Process npm = new ProcessBuilder(command("npm"), "ci", "--no-audit", "--no-fund",
            "--loglevel=error").directory(home.toFile()).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (waitFor(npm, 600) != 0) {
          throw new IOException("npm ci failed in " + home + " (Node 18+ and npm must be on the"
              + " PATH, and the npm registry reachable once):\n" + output);
        }
      }
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("Cannot run program")) {
        throw new NodeMissingException("jmpy needs Node 18+ and npm on the PATH for mpy-cross and"
            + " the size report: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  private static String command(String name) {
    return System.getProperty("os.name", "").startsWith("Windows") ? name + ".cmd" : name;
  }

  /** Runs {@code script} (one of this jar's Node scripts) with {@code stdin}; returns its stdout. */
  String run(String script, String stdin, long timeoutSeconds) throws IOException {
    List<String> command = new ArrayList<>(List.of(command("node"), home.resolve(script).toString()));
    Process node = new ProcessBuilder(command).directory(home.toFile()).start();
    Thread feeder = Thread.ofPlatform().daemon().start(() -> {
      try (var in = node.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // node ended early: its stderr says why
      }
    });
    byte[] err;
    String out;
    Thread errReader;
    byte[][] errHolder = new byte[1][];
    errReader = Thread.ofPlatform().daemon().start(() -> {
      try {
        errHolder[0] = node.getErrorStream().readAllBytes();
      } catch (IOException e) {
        errHolder[0] = new byte[0];
      }
    });
    out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = waitFor(node, timeoutSeconds);
    try {
      feeder.join();
      errReader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    err = errHolder[0] == null ? new byte[0] : errHolder[0];
    if (status != 0) {
      throw new IOException("node " + script + " failed (" + status + "):\n"
          + new String(err, StandardCharsets.UTF_8) + out);
    }
    return out;
  }

  private static int waitFor(Process process, long seconds) throws IOException {
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("timed out after " + seconds + " s: " + process.info().command().orElse(""));
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException();
    }
  }

  /** Node or npm is not installed: the WebAssembly tools cannot run. */
  public static final class NodeMissingException extends IOException {
    NodeMissingException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
