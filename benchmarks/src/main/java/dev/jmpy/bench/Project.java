package dev.jmpy.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where things are: the project root, this module, the MicroPython tools. */
public final class Project {
  private Project() {}

  /** The project root: the nearest folder up from the working directory with benchmarks/ and pom.xml. */
  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("benchmarks/src/programs")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("run from the jmpy project (no benchmarks/src/programs above "
        + Path.of("").toAbsolutePath() + ")");
  }

  public static Path module() {
    return root().resolve("benchmarks");
  }

  /**
   * The folder of the unix MicroPython v1.27 build, mpy-cross beside it: {@code -Djmpy.micropython.dir},
   * else {@code JMPY_MICROPYTHON_DIR}, else {@code shared/tools/micropython} beside the project
   * (as on CI and developers' machines). Null when absent.
   */
  public static Path microPythonTools() {
    String configured = System.getProperty("jmpy.micropython.dir", System.getenv("JMPY_MICROPYTHON_DIR"));
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      return Files.isExecutable(dir.resolve("micropython")) ? dir : null;
    }
    for (Path dir = root(); dir != null; dir = dir.getParent()) {
      Path tools = dir.resolve("shared/tools/micropython");
      if (Files.isExecutable(tools.resolve("micropython"))) {
        return tools;
      }
    }
    return null;
  }

  /** Printed when the MicroPython tools are missing. */
  public static String microPythonMissing() {
    return "SKIPPED: no unix MicroPython found (set -Djmpy.micropython.dir=<folder with micropython and"
        + " mpy-cross>, or JMPY_MICROPYTHON_DIR; shared/tools/micropython/README.md says how to build"
        + " them from the v1.27.0 tag). The MicroPython figures were not measured.";
  }
}
