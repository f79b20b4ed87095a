package dev.jmpy.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs esp32-stubs' {@code tools/check_api.py} over generated modules: every name a module reaches
 * in the ESP32 port's modules (machine, network, esp32, time, asyncio, ...) must exist there, and
 * every call fit its arity and keywords, per the table derived from MicroPython v1.27's sources.
 */
final class ApiCheck {
  /** The checker's findings: one line per problem; {@code ok} when there is none. */
  record Result(boolean ok, String output) {}

  private ApiCheck() {}

  static Path tools(Path conformanceDir) {
    return conformanceDir.toAbsolutePath().resolveSibling("esp32-stubs").resolve("tools");
  }

  /** Checks the .py files under each of {@code paths}. */
  static Result check(Path conformanceDir, List<Path> paths) {
    List<String> command = new ArrayList<>(List.of(BoardRunner.PYTHON3,
        tools(conformanceDir).resolve("check_api.py").toString()));
    paths.forEach(p -> command.add(p.toAbsolutePath().toString()));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(false, "check_api.py did not finish in 60 s");
      }
      return new Result(process.exitValue() == 0, output);
    } catch (IOException e) {
      return new Result(false, "cannot run check_api.py: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(false, "interrupted");
    }
  }
}
