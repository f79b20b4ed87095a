package dev.jmpy.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The unix builds of real MicroPython 1.27 in {@code shared/tools/micropython}: {@code
 * micropython-float} computes in single precision as the ESP32 firmware does (the WebAssembly port
 * computes in double), so float programs are checked there. The folder is named by the system
 * property {@code jmpy.micropython.tools} or the environment variable {@code JMPY_MICROPYTHON_TOOLS};
 * by default it is {@code ../shared/tools/micropython} beside the project's root. When it is missing
 * the checks that need it are skipped with a message saying so, or fail when {@code CI} is set.
 */
final class MicroPythonTools {
  static final String PROPERTY = "jmpy.micropython.tools";
  static final String ENVIRONMENT = "JMPY_MICROPYTHON_TOOLS";
  static final String SINGLE_PRECISION = "micropython-float";

  private final Path folder;

  private MicroPythonTools(Path folder) {
    this.folder = folder;
  }

  /** The configured folder; {@code conformanceDir} is this module (the project root is its parent). */
  static MicroPythonTools locate(Path conformanceDir) {
    String named = System.getProperty(PROPERTY, "");
    if (named.isBlank()) {
      named = System.getenv(ENVIRONMENT) == null ? "" : System.getenv(ENVIRONMENT);
    }
    Path folder = named.isBlank()
        ? conformanceDir.toAbsolutePath().normalize().getParent().resolveSibling("shared/tools/micropython")
        : Path.of(named).toAbsolutePath();
    return new MicroPythonTools(folder.normalize());
  }

  /** The single-precision build, as the ESP32 computes. */
  Path singlePrecision() {
    return folder.resolve(SINGLE_PRECISION);
  }

  /** Why the single-precision build cannot run here, or null when it can. */
  String singlePrecisionMissing() {
    Path binary = singlePrecision();
    if (Files.isRegularFile(binary) && Files.isExecutable(binary)) {
      return null;
    }
    return "no executable " + binary + ", so float programs were not checked on single-precision "
        + "MicroPython (the ESP32's float). Name the folder holding it with -D" + PROPERTY
        + "=... or " + ENVIRONMENT + "=...; to build it, see conformance/README.md "
        + "(\"Float programs\": MicroPython v1.27.0's unix port built with "
        + "CFLAGS_EXTRA=-DMICROPY_FLOAT_IMPL=MICROPY_FLOAT_IMPL_FLOAT)";
  }
}
