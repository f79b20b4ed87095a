package weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.asyncio.testing.VirtualTime;
import dev.jmpy.board.Board;
import dev.jmpy.board.Boot;
import dev.jmpy.board.SimulatedBoard;
import dev.jmpy.machine.Machine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The weather station on a simulated ESP32, in virtual time: a minute of deep sleep, seconds of
 * Wi-Fi retries and an 8 s watchdog take no wall time, and every run is the same.
 */
@ExtendWith(SimulatedBoard.class)
class WeatherStationTest {
  /** A BME280 at 21.50 °C, 1013.25 hPa, 46.3 %RH on the station's I2C pins (SCL 22, SDA 21). */
  static dev.jmpy.board.Bme280 sensor() {
    return new dev.jmpy.board.Bme280().temperature(2150).pressure(101_325).humidity(47_445);
  }

  /** Runs one boot of the station and returns what it printed. */
  static String boot(Board board, Boot[] result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      result[0] = board.run(() -> WeatherStation.main(new String[0]));
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aNormalCycleReportsSleepsAMinuteAndCountsBoots(Board board) {
    board.accessPoint("weather-net", "s3cret").i2c(22, 21, sensor());
    Boot[] boot = new Boot[1];
    String first = boot(board, boot);
    assertEquals("""
        boot 1, reset cause 1
        wifi up as 192.168.1.50 after 1 attempt
        report #1: 21.5 C, 1013 hPa, 46.3 %RH, 0 presses
        sleeping 60 s
        """, first);
    assertTrue(boot[0].deepSlept());
    assertEquals(60_000, boot[0].sleepMs());
    assertTrue(board.history().contains("0 wdt start 8000"));
    assertTrue(board.history().contains("1500 wlan up 192.168.1.50"));
    assertTrue(board.history().stream().anyMatch(line -> line.endsWith("pwm 2 1000 40000")),
        "the LED faded in: " + board.history());

    String second = boot(board, boot);
    assertTrue(second.startsWith("boot 2, reset cause " + Machine.DEEPSLEEP_RESET + "\n"), second);
    assertEquals(2, board.nvs().get("station").get("boots"));
  }

  @Test
  void aWrongPasswordAtFirstThenSuccess(Board board) {
    // The access point refuses four attempts (the driver retries on its own), then accepts.
    board.accessPoint("weather-net", "s3cret", 1500, 4, "10.0.0.42").i2c(22, 21, sensor());
    Boot[] boot = new Boot[1];
    String out = boot(board, boot);
    assertEquals(List.of(
        "boot 1, reset cause 1",
        "wifi attempt 1 failed, status 202 (wrong password)",
        "wifi attempt 2 failed, status 202 (wrong password)",
        "wifi up as 10.0.0.42 after 3 attempts",
        "report #1: 21.5 C, 1013 hPa, 46.3 %RH, 0 presses",
        "sleeping 60 s"), out.lines().toList());
    assertTrue(boot[0].deepSlept());
  }

  @Test
  void aMissingSensorIsReportedAsEnodevAndTheStationStillSleeps(Board board) {
    board.accessPoint("weather-net", "s3cret");
    Boot[] boot = new Boot[1];
    String out = boot(board, boot);
    assertTrue(out.contains("sensor missing, errno 19 (ENODEV)\n"), out);
    assertTrue(out.contains("report #1: no sensor, 0 presses\n"), out);
    assertTrue(boot[0].deepSlept());
  }

  @Test
  void aButtonPressDuringTheReportIsCountedOnceDespiteBouncing(Board board) {
    board.accessPoint("weather-net", "s3cret").i2c(22, 21, sensor());
    // Pressed at 800 ms while Wi-Fi connects, bouncing for 6 ms, released at 900 ms.
    board.pin(0, 1).pinAt(800, 0, 0).pinAt(802, 0, 1).pinAt(806, 0, 0).pinAt(900, 0, 1);
    Boot[] boot = new Boot[1];
    String out = boot(board, boot);
    assertEquals(List.of(
        "boot 1, reset cause 1",
        "button pressed at 800 ms",
        "wifi up as 192.168.1.50 after 1 attempt",
        "report #1: 21.5 C, 1013 hPa, 46.3 %RH, 1 presses",
        "sleeping 60 s"), out.lines().toList());
  }

  @Test
  void theWatchdogResetsTheBoardWhenTheSensorHangs(Board board) {
    board.accessPoint("weather-net", "s3cret").i2c(22, 21, sensor().hang());
    Boot[] boot = new Boot[1];
    String out = boot(board, boot);
    assertTrue(boot[0].watchdogReset(), out);
    assertTrue(out.endsWith("wifi up as 192.168.1.50 after 1 attempt\n"), out);
    // Fed last when Wi-Fi came up (1500 ms); the driver then polls forever; 8 s later the reset.
    assertTrue(board.history().contains("9500 reset wdt"), String.join("\n", board.history()));
    String next = boot(board, boot);
    assertTrue(next.startsWith("boot 2, reset cause " + Machine.WDT_RESET + "\n"), next);
  }

  @Test
  void theReportIsServedOnAWebPage(Board board) throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    board.accessPoint("weather-net", "s3cret").i2c(22, 21, sensor())
        .nvs("station", "web_ms", 5000).nvs("station", "port", port);
    Boot[] boot = new Boot[1];
    Thread station = Thread.ofPlatform().start(() -> boot(board, boot));
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
        .timeout(Duration.ofSeconds(10)).build();
    HttpResponse<String> page = null;
    // While this thread is busy the board's clock follows real time: the page is still served.
    for (int attempt = 0; page == null; attempt++) {
      try {
        page = client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (ConnectException notYet) {
        if (attempt >= 200) {
          throw notYet;
        }
        Thread.sleep(50);
      }
    }
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("report #1: 21.5 C, 1013 hPa, 46.3 %RH, 0 presses"), page.body());
    VirtualTime.join(station, 20_000); // idle now: the rest of the window passes at once
    assertTrue(boot[0].deepSlept());
  }
}
