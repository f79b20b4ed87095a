package dev.jmpy.board;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find real MicroPython v1.27 for this machine: the folder named by the system
 * property or environment variable {@code jmpy.micropython.dir} / {@code JMPY_MICROPYTHON_DIR}, else
 * {@code ../shared/tools/micropython} beside the project. Without it, the tests that need it are
 * skipped with a message saying what was not checked.
 */
final class TestBoards {
  private TestBoards() {}

  static Path projectDir() {
    String dir = System.getProperty("jmpy.project.dir");
    return dir == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(dir);
  }

  static Path toolsDir() {
    String dir = System.getProperty("jmpy.micropython.dir");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("JMPY_MICROPYTHON_DIR");
    }
    return dir == null || dir.isBlank()
        ? projectDir().resolve("../shared/tools/micropython").normalize()
        : Path.of(dir).normalize();
  }

  /** The unix port, or the test is skipped saying what {@code unchecked} was. */
  static Path micropython(String unchecked) {
    return tool("micropython", unchecked);
  }

  /** The native {@code mpy-cross}, or the test is skipped saying what {@code unchecked} was. */
  static Path mpyCross(String unchecked) {
    return tool("mpy-cross", unchecked);
  }

  private static Path tool(String name, String unchecked) {
    Path tool = toolsDir().resolve(name);
    if (!Files.isExecutable(tool)) {
      String message = "SKIPPED (no " + tool + "): " + unchecked + " was not checked. Build MicroPython"
          + " v1.27.0's " + name + " as the README in ../shared/tools/micropython says (or set"
          + " -Djmpy.micropython.dir / JMPY_MICROPYTHON_DIR to a folder holding it).";
      System.out.println("[jmpy-board] " + message);
      Assumptions.abort(message);
    }
    return tool;
  }

  /** A unix-port board on a pseudo-terminal in {@code dir}. */
  static ProcessTransport ptyBoard(Path dir, String unchecked) throws java.io.IOException {
    Files.createDirectories(dir);
    return ProcessTransport.micropythonOnPty(micropython(unchecked), dir);
  }
}
