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

  /**
   * The area whose programs run on a simulated ESP32 on both sides: the JVM's (jmpy-esp32) and
   * the Python one on MicroPython, driven by the program's scenario ({@code Name.board.json},
   * none meaning an empty board). The board's history follows each side's output.
   */
  static final String HARDWARE_AREA = "hardware";

  /**
   * The area whose programs run on single-precision MicroPython (the unix build
   * {@code micropython-float}, see {@link MicroPythonTools}): the ESP32's float, which the
   * WebAssembly port (double precision) cannot show.
   */
  static final String FLOAT_AREA = "floats";

  /** The comment line that gives a program processor options: {@code // jmpy-options: -Ajmpy.x=y}. */
  static final String OPTIONS_LINE = "// jmpy-options:";

  /** Whether the program runs on single-precision MicroPython. */
  boolean singlePrecision() {
    return area.equals(FLOAT_AREA);
  }

  /** The processor options its {@link #OPTIONS_LINE} names, if any. */
  java.util.List<String> processorOptions() {
    return sourceText().lines()
        .map(String::strip)
        .filter(line -> line.startsWith(OPTIONS_LINE))
        .flatMap(line -> java.util.Arrays.stream(line.substring(OPTIONS_LINE.length()).strip().split("\\s+")))
        .filter(option -> !option.isEmpty())
        .toList();
  }

  /** Whether the program runs on the simulated board. */
  boolean onBoard() {
    return area.equals(HARDWARE_AREA);
  }

  /** The scenario both simulated boards read: {@code Name.board.json}, or "{}". */
  String scenario() {
    Path file = sibling(".board.json");
    try {
      return Files.exists(file) ? Files.readString(file) : "{}";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code Name.board.json}, for the MicroPython runner (which reads a file). */
  Path scenarioFile() {
    return sibling(".board.json");
  }

  /** {@code area/Name}: the test's name and the program's id in runner jobs. */
  String id() {
    return area + "/" + name;
  }

  /** {@code Name.exp}: the output both sides must print. */
  Path sharedExpected() {
    return sibling(".exp");
  }

  /**
   * {@code Name.in}: what the program reads as its standard input on both sides (System.in on the
   * JVM, sys.stdin on MicroPython), or null when there is none (then its input is empty).
   */
  Path stdin() {
    Path file = sibling(".in");
    return Files.exists(file) ? file : null;
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
