package dev.jmpy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.board.MpyCompiler;
import dev.jmpy.board.NodeTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The weather-station sample's board image (from its jar) on MicroPython with the Python
 * simulation of the ESP32, against its Java on the JVM's simulated board: for each scenario of
 * its JUnit tests, both print the same lines and leave the same board history (Wi-Fi, I2C
 * traffic, PWM fades, NVS, watchdog, deep sleep), across two boots. The image precompiled to
 * {@code .mpy} (board-tools' MpyCompiler, mpy-cross v1.27, as the build's {@code jmpy:mpy} makes
 * it) runs there too and must print and record exactly what the {@code .py} image does.
 */
class WeatherStationBundleTest {
  @TempDir static Path images;
  static Path pyImage;
  static Path mpyImage;
  static List<String> compiled;

  @BeforeAll
  static void images() throws Exception {
    pyImage = SampleBundleTest.extractBoardImage(images.resolve("py"), "weather-station");
    mpyImage = images.resolve("mpy");
    compiled = MpyCompiler.webAssembly(NodeTools.installed(System.out::println))
        .compileImage(pyImage, mpyImage, 0);
  }

  private static final String SENSOR = "{\"scl\": 22, \"sda\": 21, \"devices\": [{\"model\": \"bme280\","
      + " \"address\": 118, \"temperature\": 2150, \"pressure\": 101325, \"humidity\": 47445}]}";
  private static final String HUNG_SENSOR = SENSOR.replace("\"humidity\": 47445", "\"humidity\": 47445, \"hang\": true");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      normal cycle         | {"boots": 2, "wifi": [{"ssid": "weather-net", "key": "s3cret"}], "i2c": [SENSOR]}
      wrong password first | {"boots": 1, "wifi": [{"ssid": "weather-net", "key": "s3cret", "refusals": 4, "ip": "10.0.0.42"}], "i2c": [SENSOR]}
      sensor missing       | {"boots": 1, "wifi": [{"ssid": "weather-net", "key": "s3cret"}]}
      button press         | {"boots": 1, "wifi": [{"ssid": "weather-net", "key": "s3cret"}], "i2c": [SENSOR], "pins": [{"pin": 0, "level": 1}], "events": [{"at": 800, "pin": 0, "level": 0}, {"at": 802, "pin": 0, "level": 1}, {"at": 806, "pin": 0, "level": 0}, {"at": 900, "pin": 0, "level": 1}]}
      sensor hangs         | {"boots": 2, "wifi": [{"ssid": "weather-net", "key": "s3cret"}], "i2c": [HUNG]}
      """)
  void theBundleOnThePythonBoardPrintsWhatTheJavaPrintsOnTheJvmBoard(String name, String template,
      @TempDir Path temp) throws Exception {
    String scenario = template.replace("SENSOR", SENSOR).replace("HUNG", HUNG_SENSOR);
    Path scenarioFile = temp.resolve("scenario.board.json");
    Files.writeString(scenarioFile, scenario);
    Path module = ConformanceRun.Settings.fromEnvironment().conformanceDir();

    Map<String, RunResult> runs = BoardRunner.microPython(module, Duration.ofSeconds(60))
        .run(List.of(new BoardRunner.Job(name, pyImage, false, scenarioFile),
            new BoardRunner.Job(name + " (.mpy)", mpyImage, false, scenarioFile)));
    RunResult board = runs.get(name);
    RunResult boardMpy = runs.get(name + " (.mpy)");
    Class<?> station = Class.forName("weather.WeatherStation");
    RunResult jvm = new JvmRunner(Duration.ofSeconds(60)).runOnBoard(scenario, () -> {
      try {
        station.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw sneaky(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    });

    assertNull(board.exception(), () -> "MicroPython failed:\n" + board.exception() + "\n" + board.stdout());
    assertNull(jvm.exception(), () -> "the JVM failed:\n" + jvm.exception());
    assertTrue(jvm.stdout().contains("--- board ---\n0 boot 1 1 0\n"), jvm.stdout());
    assertEquals(jvm.stdout(), board.stdout(), () -> "MicroPython moved away from the JVM:\n"
        + UnifiedDiff.diff(jvm.stdout(), board.stdout(), "JVM stdout", "MicroPython stdout"));

    // The .mpy image: only main.py (and the empty package file) stay source.
    assertTrue(compiled.contains("weather/weather_station.py"), compiled.toString());
    assertTrue(Files.exists(mpyImage.resolve("weather/weather_station.mpy")));
    assertTrue(Files.notExists(mpyImage.resolve("weather/weather_station.py")));
    assertNull(boardMpy.exception(), () -> "the .mpy image failed:\n" + boardMpy.exception()
        + "\n" + boardMpy.stdout());
    assertEquals(board.stdout(), boardMpy.stdout(), () -> "the .mpy image moved away from the .py"
        + " image:\n" + UnifiedDiff.diff(board.stdout(), boardMpy.stdout(), ".py image", ".mpy image"));
    System.out.println("[weather-station] " + name + ": the JVM, the .py image and the .mpy image ("
        + compiled + " as bytecode) printed the same " + board.stdout().lines().count()
        + " lines, board history included");
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
