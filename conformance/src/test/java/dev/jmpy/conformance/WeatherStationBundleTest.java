package dev.jmpy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The weather-station sample's board image (from its jar) on MicroPython with the Python
 * simulation of the ESP32, against its Java on the JVM's simulated board: for each scenario of
 * its JUnit tests, both print the same lines and leave the same board history (Wi-Fi, I2C
 * traffic, PWM fades, NVS, watchdog, deep sleep), across two boots.
 */
class WeatherStationBundleTest {
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
    Path image = SampleBundleTest.extractBoardImage(temp.resolve("board"), "weather-station");
    Path module = ConformanceRun.Settings.fromEnvironment().conformanceDir();

    RunResult board = BoardRunner.microPython(module, Duration.ofSeconds(60))
        .run(List.of(new BoardRunner.Job(name, image, false, scenarioFile)))
        .get(name);
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
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
