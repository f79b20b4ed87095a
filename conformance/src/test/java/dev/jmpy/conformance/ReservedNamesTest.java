package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.processor.runtime.Helper;
import dev.jmpy.processor.translate.ReservedNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The names a user's Java may not take in Python ({@link ReservedNames}) cover what the board and
 * the helpers need: every name of MicroPython's {@code builtins} module, asked of real MicroPython
 * 1.27, and every name a helper's {@code .py} source uses without defining it, found by CPython's
 * symbol tables over the helpers' own text (so a new helper that calls another builtin is checked
 * without anyone adding it to a list).
 */
class ReservedNamesTest {
  private static final Path MODULE = ConformanceRun.Settings.fromEnvironment().conformanceDir();
  private static final Path WORK = MODULE.resolve("target/reserved-names");

  @Test
  void everyBuiltinOfMicroPythonIsReserved() throws IOException {
    Path dir = Files.createDirectories(WORK.resolve("builtins"));
    Files.writeString(dir.resolve("main.py"),
        "import builtins\nprint(' '.join(sorted(dir(builtins))))\n", UTF_8);
    RunResult board = BoardRunner.microPython(MODULE, Duration.ofSeconds(20))
        .run(List.of(new BoardRunner.Job("builtins", dir))).get("builtins");
    assertNull(board.exception(), board::stderr);
    List<String> builtins = Arrays.asList(board.stdout().trim().split(" "));
    assertTrue(builtins.contains("getattr") && builtins.contains("bytes"), board.stdout());
    Set<String> missing = new TreeSet<>();
    for (String name : builtins) {
      boolean dunder = name.startsWith("__") && name.endsWith("__"); // renamed by their shape
      if (!dunder && !ReservedNames.contains(name)) {
        missing.add(name);
      }
    }
    assertEquals(Set.of(), missing, "builtins of MicroPython that a user's name could hide");
  }

  @Test
  void everyNameTheHelpersUseWithoutDefiningItIsReserved() throws Exception {
    if (!BoardRunner.python3Available()) {
      ConformanceTestSupport.skipOrFailWithoutPython3("ReservedNamesTest: CPython's symtable");
      return;
    }
    Path dir = Files.createDirectories(WORK.resolve("helpers"));
    List<String> command = new ArrayList<>(List.of(BoardRunner.PYTHON3,
        MODULE.resolve("src/test/python/free_names.py").toString()));
    for (Helper helper : Helper.values()) {
      Path file = dir.resolve(helper.pythonName() + ".py");
      Files.writeString(file, helper.source(), UTF_8);
      command.add(file.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, output);

    Set<String> used = new TreeSet<>();
    Set<String> missing = new TreeSet<>();
    List<String> lines = output.lines().toList();
    assertEquals(Helper.values().length, lines.size(), output);
    for (String line : lines) {
      List<String> parts = Arrays.asList(line.trim().split(" +"));
      for (String name : parts.subList(1, parts.size())) {
        used.add(name);
        if (!ReservedNames.contains(name)) {
          missing.add(parts.get(0) + ": " + name);
        }
      }
    }
    // The figure the derivation found, so a parser that finds nothing cannot pass.
    assertTrue(used.containsAll(Set.of("len", "isinstance", "ZeroDivisionError", "_jstr")), used.toString());
    assertEquals(Set.of(), missing, "names the helpers use that a user's name could hide");
  }
}
