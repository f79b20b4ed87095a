package dev.jmpy.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failing program runs on MicroPython (the unix port on a pty, through {@link BoardSession#runMain})
 * and on the JVM; the Java frames the decoder adds to the board's traceback name the same Java files
 * and lines, innermost first, as the JVM's stack trace (its frames in the program's own files), for
 * the {@code .py} image and its {@code .mpy} build.
 */
class DecodedTracebackTest {
  @TempDir static Path temp;
  static BoardSession board;
  static NodeTools node;
  static final java.util.Map<String, Path> compiled = new java.util.HashMap<>();

  @BeforeAll
  static void board() throws Exception {
    board = new BoardSession(TestBoards.ptyBoard(temp.resolve("board"), "decoded tracebacks on MicroPython"));
    node = NodeTools.installed(System.out::println);
  }

  @AfterAll
  static void close() throws Exception {
    if (board != null) {
      board.close();
    }
  }

  @ParameterizedTest(name = "{0} ({2})")
  @CsvSource({
      "deep, fail.Deep, py", "deep, fail.Deep, mpy",
      "task, fail.Pump, py", "task, fail.Pump, mpy",
      "bounds, fail.Shelf, py", "bounds, fail.Shelf, mpy"})
  void theDecodedTracebackNamesTheJvmsFrames(String program, String mainClass, String kind)
      throws Exception {
    Path classes = compiled.computeIfAbsent(program, p -> {
      try {
        return TestProjects.compile(List.of(Path.of("src/test/resources/failing", p)), temp.resolve(p));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Path image = classes.resolve("micropython");
    if (kind.equals("mpy")) {
      Path mpy = classes.resolveSibling(program + "-mpy");
      MpyCompiler.webAssembly(node).compileImage(image, mpy, 0);
      image = mpy;
    }
    Deployer.Result deployed = board.deploy(image);
    assertEquals(kind.equals("mpy"), deployed.copied().stream().anyMatch(f -> f.endsWith(".mpy")),
        deployed.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    board.runMain(out, new TracebackDecoder(LineMaps.load(List.of(classes.resolve(LineMaps.FOLDER)))));
    String decoded = out.toString(StandardCharsets.UTF_8);
    System.out.println("[jmpy-board] " + program + " (" + kind + ") on MicroPython, decoded:\n" + decoded);

    TestProjects.JvmRun jvm = TestProjects.runOnJvm(classes, mainClass);
    List<String> jvmFrames = new ArrayList<>();
    if (jvm.exception() != null) {
      for (StackTraceElement frame : jvm.exception().getStackTrace()) {
        if (frame.getClassName().startsWith("fail.")) {
          jvmFrames.add(frame.getFileName() + ":" + frame.getLineNumber());
        }
      }
    } else {
      // An exception in a task: the JVM reports it as MicroPython's loop does, outermost first.
      Matcher m = Pattern.compile("File \"(\\w+\\.java)\", line (\\d+)").matcher(jvm.err());
      while (m.find()) {
        jvmFrames.add(0, m.group(1) + ":" + m.group(2));
      }
    }
    List<String> boardFrames = new ArrayList<>();
    Matcher m = Pattern.compile("at fail\\.[\\w$]+\\.[\\w<>$]+\\((\\w+\\.java:\\d+)\\)").matcher(decoded);
    while (m.find()) {
      boardFrames.add(0, m.group(1));
    }
    assertFalse(jvmFrames.isEmpty(), () -> "the JVM reported no frame:\n" + jvm);
    assertEquals(collapse(jvmFrames), collapse(boardFrames), decoded);
    assertTrue(decoded.contains("(jmpy helper") || !program.equals("bounds"), decoded);
  }

  /** Consecutive frames on one line are one (a lambda's frame and its method's, on the JVM). */
  private static List<String> collapse(List<String> frames) {
    List<String> out = new ArrayList<>();
    for (String frame : frames) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(frame)) {
        out.add(frame);
      }
    }
    assertNotNull(out);
    return out;
  }
}
