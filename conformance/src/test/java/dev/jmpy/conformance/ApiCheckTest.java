package dev.jmpy.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The static check of generated code against the ESP32 port's API table (esp32-stubs/tools,
 * derived from MicroPython v1.27's sources): every sample's board image passes it (every hardware
 * program's does too, checked by the conformance run itself), and it fails, naming each mistake,
 * on a program whose hand-written stub has a wrong attribute, arity and keyword.
 */
class ApiCheckTest {
  private static final Path MODULE = ConformanceRun.Settings.fromEnvironment().conformanceDir();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"seed-asyncio", "vending-machine", "sensor-app", "web-server",
      "weather-station"})
  void everySamplesModulesPassTheCheck(String sample, @TempDir Path temp) throws Exception {
    Path image = SampleBundleTest.extractBoardImage(temp.resolve("board"), sample);
    ApiCheck.Result result = ApiCheck.check(MODULE, List.of(image));
    assertTrue(result.ok(), () -> sample + ":\n" + result.output());
    assertTrue(result.output().contains("0 problems"), result.output());
  }

  @Test
  void itFailsOnAWrongAttributeArityAndKeyword(@TempDir Path temp) throws Exception {
    Path source = temp.resolve("WrongStubs.java");
    Files.writeString(source, """
        import dev.jmpy.annotations.MicroPython;
        import dev.jmpy.annotations.PyKeyword;
        import dev.jmpy.annotations.PyModule;
        import dev.jmpy.annotations.PyName;

        /** A hand-written stub of machine with three mistakes. */
        @PyModule("machine")
        final class BadMachine {
          @PyName("reset_reason")
          public static int resetReason() { return 0; }
          public static void deepsleep(int ms, int extra) {}
          public static void lightsleep(@PyKeyword("millis") int ms) {}
        }

        @MicroPython
        public class WrongStubs {
          public static void main(String[] args) {
            System.out.println(BadMachine.resetReason());
            BadMachine.lightsleep(5);
            BadMachine.deepsleep(10, 20);
          }
        }
        """);
    ProgramCompiler.Compiled compiled = new ProgramCompiler().compile(source, temp.resolve("classes"));
    assertTrue(compiled.succeeded(), compiled::toString);
    ApiCheck.Result result = ApiCheck.check(MODULE, List.of(compiled.boardImage()));
    assertFalse(result.ok(), result.output());
    String out = result.output();
    assertTrue(out.contains("module 'machine' has no attribute 'reset_reason'"), out);
    assertTrue(out.contains("machine.lightsleep() has no keyword argument 'millis'"), out);
    assertTrue(out.contains("machine.deepsleep() takes at most 1 positional argument, 2 given"), out);
    assertTrue(out.contains("3 problems"), out);
  }
}
