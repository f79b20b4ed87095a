package weather;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Server;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.asyncio.StreamWriter;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.ThreadSafeFlag;
import dev.jmpy.esp32.NVS;
import dev.jmpy.machine.I2C;
import dev.jmpy.machine.Machine;
import dev.jmpy.machine.PWM;
import dev.jmpy.machine.Pin;
import dev.jmpy.machine.WDT;
import dev.jmpy.micropython.Errno;
import dev.jmpy.micropython.OSError;
import dev.jmpy.network.Network;
import dev.jmpy.network.WLAN;
import dev.jmpy.time.Time;
import java.io.IOException;

/**
 * A battery weather station on an ESP32. Each boot is one report: it counts the boot in NVS,
 * starts a watchdog, fades its LED in, joins Wi-Fi (three attempts), reads a BME280 on I2C,
 * prints the report, serves it on a web page for a while if NVS asks for that, fades the LED out
 * and deep-sleeps for a minute. A button (GPIO 0, to ground) may be pressed at any time; its IRQ
 * is debounced and wakes a task through a ThreadSafeFlag.
 */
@MicroPython
public class WeatherStation {
  static final String SSID = "weather-net";
  static final String KEY = "s3cret";
  static final int BUTTON = 0;
  static final int LED = 2;
  static final int SCL = 22;
  static final int SDA = 21;
  static final int SENSOR = 0x76;
  static final int WATCHDOG_MS = 8000;
  static final int SLEEP_MS = 60_000;
  static final int DEBOUNCE_MS = 200;

  static ThreadSafeFlag pressed;
  static boolean anyPress;
  static int lastPressMs;
  static int presses;
  static String page;

  /** The button's IRQ handler: ignores bounces within 200 ms, then wakes the button task. */
  static void onButton(Pin pin) {
    int now = Time.ticksMs();
    if (anyPress && Time.ticksDiff(now, lastPressMs) < DEBOUNCE_MS) {
      return;
    }
    anyPress = true;
    lastPressMs = now;
    pressed.set();
  }

  @Coroutine
  static void buttonTask() {
    while (true) {
      pressed.await();
      presses++;
      System.out.println("button pressed at " + Time.ticksMs() + " ms");
    }
  }

  /** Fades the LED from one duty to another in 10 steps of 30 ms. */
  @Coroutine
  static void fade(PWM led, int from, int to) {
    for (int step = 1; step <= 10; step++) {
      led.dutyU16(from + (to - from) * step / 10);
      Asyncio.sleepMs(30);
    }
  }

  /** Up to three attempts of 5 s each, feeding the watchdog while it waits. */
  @Coroutine
  static boolean joinWifi(WLAN wlan, WDT wdt) throws OSError {
    wlan.active(true);
    for (int attempt = 1; attempt <= 3; attempt++) {
      wlan.connect(SSID, KEY);
      int start = Time.ticksMs();
      while (Time.ticksDiff(Time.ticksMs(), start) < 5000) {
        wdt.feed();
        if (wlan.isconnected()) {
          System.out.println("wifi up as " + wlan.ifconfig().get(0) + " after " + attempt
              + (attempt == 1 ? " attempt" : " attempts"));
          return true;
        }
        Asyncio.sleepMs(250);
      }
      System.out.println("wifi attempt " + attempt + " failed, status " + wlan.status()
          + (wlan.status() == Network.STAT_WRONG_PASSWORD ? " (wrong password)" : ""));
      wlan.disconnect();
      Asyncio.sleepMs(1000);
    }
    return false;
  }

  /** A reading, or null when no sensor answers (OSError ENODEV). */
  static Bme280.Reading readSensor() {
    I2C i2c = new I2C(0, new Pin(SCL), new Pin(SDA), 400_000);
    try {
      Bme280 sensor = new Bme280(i2c, SENSOR);
      return sensor.measure();
    } catch (OSError e) {
      System.out.println("sensor missing, errno " + e.errno()
          + (e.errno() == Errno.ENODEV ? " (ENODEV)" : ""));
      return null;
    }
  }

  static String decimal(int value, int scale) {
    int fraction = Math.abs(value % scale) * 10 / scale;
    return value / scale + "." + fraction;
  }

  static String report(int boot, Bme280.Reading reading) {
    if (reading == null) {
      return "report #" + boot + ": no sensor, " + presses + " presses";
    }
    return "report #" + boot + ": " + decimal(reading.centiCelsius(), 100) + " C, "
        + reading.pascal() / 100 + " hPa, " + decimal(reading.humidity1024(), 1024) + " %RH, "
        + presses + " presses";
  }

  /** One HTTP/1.0 connection: the last report as a page. */
  @Coroutine
  static void handle(StreamReader reader, StreamWriter writer) throws IOException {
    reader.readline();
    while (true) {
      String header = new String(reader.readline(), UTF_8);
      if (header.isEmpty() || header.equals("\r\n") || header.equals("\n")) {
        break;
      }
    }
    String body = "<html><body><h1>Weather station</h1><p>" + page + "</p></body></html>\n";
    byte[] bytes = body.getBytes(UTF_8);
    writer.write(("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + bytes.length
        + "\r\n\r\n").getBytes(UTF_8));
    writer.write(bytes);
    writer.drain();
    writer.close();
    writer.waitClosed();
  }

  @Coroutine
  static void serve(int port, int windowMs) throws IOException {
    Server server = Asyncio.startServer(WeatherStation::handle, "0.0.0.0", port);
    System.out.println("serving the report on port " + port + " for " + windowMs + " ms");
    Asyncio.sleepMs(windowMs);
    server.close();
    server.waitClosed();
  }

  static int setting(NVS nvs, String key, int otherwise) {
    try {
      return nvs.getI32(key);
    } catch (OSError e) {
      return otherwise;
    }
  }

  @Coroutine
  static void cycle() throws IOException {
    WDT wdt = new WDT(WATCHDOG_MS);
    NVS nvs = new NVS("station");
    int boot = setting(nvs, "boots", 0) + 1;
    nvs.setI32("boots", boot);
    nvs.commit();
    System.out.println("boot " + boot + ", reset cause " + Machine.resetCause());

    PWM led = new PWM(new Pin(LED), 1000, 0);
    Task<Void> fadeIn = Asyncio.createTask(() -> fade(led, 0, 40000));
    Pin button = new Pin(BUTTON, Pin.IN, Pin.PULL_UP);
    button.irq(WeatherStation::onButton, Pin.IRQ_FALLING);
    Task<Void> buttons = Asyncio.createTask(WeatherStation::buttonTask);

    WLAN wlan = new WLAN(WLAN.IF_STA);
    boolean online = joinWifi(wlan, wdt);
    wdt.feed();
    fadeIn.await();
    Bme280.Reading reading = readSensor();
    wdt.feed();
    page = report(boot, reading);
    System.out.println(page + (online ? "" : " (offline)"));

    int windowMs = setting(nvs, "web_ms", 0);
    if (online && windowMs > 0) {
      serve(setting(nvs, "port", 80), windowMs);
    }
    fade(led, 40000, 0);
    buttons.cancel();
    System.out.println("sleeping " + SLEEP_MS / 1000 + " s");
    Machine.deepsleep(SLEEP_MS);
  }

  public static void main(String[] args) {
    // Fresh state for every boot (the JVM keeps statics between a test's boots; the board does not).
    pressed = new ThreadSafeFlag();
    anyPress = false;
    lastPressMs = 0;
    presses = 0;
    page = "no report yet";
    Asyncio.run(WeatherStation::cycle);
  }
}
