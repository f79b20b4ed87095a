package dev.jmpy.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One conformance program: {@code <programs>/<area>/<Name>.java}, with its expected output
 * beside it.
 *
 * @param area the folder it lives in, such as {@code lang} or {@code asyncio}
 * @param name the Java file's name without {@code .java}, which is also its class's simple name
 * @param source the Java file
 */
record Program(String area, String name, Path source) {

  /** The area whose programs need sockets and run on CPython instead of MicroPython. */
  static final String CPYTHON_AREA = "streams";

  /**
   * The small, tolerant group whose programs run in real time on both sides (everything else runs
   * in virtual time): a program there that differs is run once more before it fails.
   */
  static final String REAL_TIME_AREA = "realtime";

  /** {@code area/Name}: the test's name and the program's id in runner jobs. */
  String id() {
    return area + "/" + name;
  }

  /** {@code Name.exp}: the output both sides must print. */
  Path sharedExpected() {
    return sibling(".exp");
  }

  /** {@code Name.jvm.exp}: the JVM's output, for a documented difference. */
  Path jvmExpected() {
    return sibling(".jvm.exp");
  }

  /** {@code Name.mp.exp}: the board's output, for a documented difference. */
  Path boardExpected() {
    return sibling(".mp.exp");
  }

  boolean runsOnCPython() {
    return area.equals(CPYTHON_AREA);
  }

  /** Whether both sides run on the real clock (CPython's side of streams programs always does). */
  boolean realTime() {
    return area.equals(REAL_TIME_AREA);
  }

  String sourceText() {
    try {
      return Files.readString(source);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path sibling(String suffix) {
    return source.resolveSibling(name + suffix);
  }
}
