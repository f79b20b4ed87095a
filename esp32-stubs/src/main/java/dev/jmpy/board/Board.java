package dev.jmpy.board;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.internal.EventLoop;
import dev.jmpy.board.internal.Hw;
import dev.jmpy.board.internal.Storage;
import dev.jmpy.board.internal.Wifi;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * The simulated ESP32 a test drives: what the outside world does to the board (pin levels, analog
 * inputs, devices on the buses, a serial peer, Wi-Fi access points), and what the program did to
 * the outside world (pin level history, PWM timeline, bus traffic, NVS, resets). JVM only: the
 * stubs of {@code dev.jmpy.machine}, {@code .time}, {@code .network}, {@code .esp32} run against
 * it. Get it from the {@link SimulatedBoard} extension (a test parameter of type Board).
 *
 * <p>Times are board times: milliseconds since power-on, across boots and deep sleeps (the
 * program's {@code ticks_ms()} restarts at every boot). The board's clock is the event loop's
 * virtual clock, so {@code Asyncio.sleepMs} and the board's events interleave deterministically.
 * Scheduled events happen when the clock reaches them: while every task waits, during a blocking
 * sleep, or while the board deep-sleeps.
 *
 * <p>Unconnected things behave as on a real board: an I2C address with no device raises
 * OSError(ENODEV), scan() lists only attached devices, an undriven input reads its pull (0 when
 * floating), an ADC pin with nothing on it reads 0, a UART with no peer receives nothing, Wi-Fi
 * with no access point fails with STAT_NO_AP_FOUND.
 */
public final class Board {
  private static final Board BOARD = new Board();

  private final Hw hw = Hw.get();
  private BoardReset pending;
  private boolean booted;

  private Board() {}

  /** The board (one, like the event loop). */
  public static Board get() {
    return BOARD;
  }

  /** Powers the board on afresh: nothing attached, no history, empty NVS. Call between runs. */
  public void powerOn() {
    hw.powerOn();
    pending = null;
    booted = false;
  }

  /** Board time now: ms since power-on. */
  public long nowMs() {
    return hw.nowMs();
  }

  // ---------------------------------------------------------------- inputs: pins

  /** The outside drives GPIO {@code pin} to {@code level} now. Edges fire the program's IRQs. */
  public Board pin(int pin, int level) {
    hw.pins.drive(pin, level);
    return this;
  }

  /** The outside lets go of {@code pin} (it reads its pull again). */
  public Board release(int pin) {
    hw.pins.drive(pin, null);
    return this;
  }

  /** At board time {@code atMs}, the outside drives {@code pin} to {@code level}. */
  public Board pinAt(long atMs, int pin, int level) {
    hw.at(atMs, () -> hw.pins.drive(pin, level));
    return this;
  }

  /**
   * A push button to ground on {@code pin} (the program uses a pull-up): pressed at
   * {@code atMs}, released {@code holdMs} later.
   */
  public Board press(int pin, long atMs, long holdMs) {
    pinAt(atMs, pin, 0);
    return pinAt(atMs + holdMs, pin, 1);
  }

  /** The pad level of {@code pin} now. */
  public int level(int pin) {
    return hw.pins.level(pin);
  }

  /** A change of a pad's level. */
  public record Level(long atMs, int level) {}

  /** Every level change of {@code pin} since power-on, by the program or the outside. */
  public List<Level> levels(int pin) {
    List<Level> out = new ArrayList<>();
    for (long[] change : hw.pins.levels(pin)) {
      out.add(new Level(change[0], (int) change[1]));
    }
    return out;
  }

  // ---------------------------------------------------------------- inputs: analog

  /** A constant voltage, in microvolts, on ADC pin {@code pin}. */
  public Board adc(int pin, int microvolts) {
    hw.analog.input(pin, t -> microvolts);
    return this;
  }

  /** The voltage on {@code pin} as a function of board time (ms), in microvolts. */
  public Board adc(int pin, LongUnaryOperator microvoltsOfMs) {
    hw.analog.input(pin, microvoltsOfMs);
    return this;
  }

  /** One voltage per read, in turn (the last repeats), in microvolts. */
  public Board adcSequence(int pin, int... microvolts) {
    hw.analog.sequence(pin, microvolts);
    return this;
  }

  /** The PWM output of a pin: frequency in Hz and duty_u16. */
  public record Pwm(int freq, int dutyU16) {}

  /** What PWM drives {@code pin} now, or null. */
  public Pwm pwm(int pin) {
    int[] state = hw.analog.pwmState(pin);
    return state == null ? null : new Pwm(state[0], state[1]);
  }

  // ---------------------------------------------------------------- inputs: buses

  /** Attaches {@code device} to the I2C bus wired to pins {@code scl} and {@code sda}. */
  public Board i2c(int scl, int sda, I2cDevice device) {
    hw.buses.attach(scl, sda, device);
    return this;
  }

  /** Removes the device at {@code address} from that bus now. */
  public Board detachI2c(int scl, int sda, int address) {
    hw.buses.detach(scl, sda, address);
    return this;
  }

  /** Attaches {@code device} to SPI, selected by chip-select pin {@code cs}. */
  public Board spi(int cs, SpiDevice device) {
    hw.buses.attachSpi(cs, device);
    return this;
  }

  /** The serial peer on UART {@code id} sends {@code text} now. */
  public Board uartSend(int id, String text) {
    hw.serial.receive(id, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** The serial peer sends {@code text} at board time {@code atMs}. */
  public Board uartSendAt(long atMs, int id, String text) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    hw.at(atMs, () -> hw.serial.receive(id, data));
    return this;
  }

  /** The peer answers {@code answer} {@code delayMs} after the program writes line {@code expect}. */
  public Board uartReply(int id, String expect, String answer, long delayMs) {
    hw.serial.reply(id, expect.getBytes(StandardCharsets.UTF_8),
        answer.getBytes(StandardCharsets.UTF_8), delayMs);
    return this;
  }

  // ---------------------------------------------------------------- inputs: Wi-Fi

  /**
   * An access point in range. A connect() with the right key succeeds {@code connectMs} after it
   * starts; the first {@code refusals} attempts fail with STAT_WRONG_PASSWORD (the driver retries
   * every second); the station then gets {@code ip}.
   */
  public Board accessPoint(String ssid, String key, long connectMs, int refusals, String ip) {
    hw.wifi.add(new Wifi.AccessPoint(ssid, key, connectMs, -55, 6, ip, refusals));
    return this;
  }

  /** An access point that accepts at the first attempt after 1500 ms, giving 192.168.1.50. */
  public Board accessPoint(String ssid, String key) {
    return accessPoint(ssid, key, 1500, 0, "192.168.1.50");
  }

  /** The access point goes away at {@code atMs} and is back {@code backAfterMs} later (-1: never). */
  public Board wifiDropAt(long atMs, String ssid, long backAfterMs) {
    hw.at(atMs, () -> hw.wifi.drop(ssid));
    if (backAfterMs >= 0) {
      hw.at(atMs + backAfterMs, () -> hw.wifi.restore(ssid));
    }
    return this;
  }

  // ---------------------------------------------------------------- other inputs

  /** Runs {@code action} at board time {@code atMs} (a test's own outside event). */
  public Board at(long atMs, Runnable action) {
    hw.at(atMs, action);
    return this;
  }

  /** What {@code ticks_ms()} reads at each boot's start (to test wrap-around; default 0). */
  public Board ticksStartMs(long ms) {
    hw.ticksStartMs(ms);
    return this;
  }

  /** What {@code gc.mem_free()} reports. */
  public Board memFree(int bytes) {
    hw.memFree(bytes);
    return this;
  }

  /** What {@code esp32.raw_temperature()} reports (°F). */
  public Board rawTemperature(int fahrenheit) {
    hw.rawTemperature(fahrenheit);
    return this;
  }

  /** An NVS entry, as if written by an earlier program. */
  public Board nvs(String namespace, String key, int value) {
    try {
      hw.storage.setI32(namespace, key, value);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return this;
  }

  /** Loads a scenario (the JSON both simulations read; see {@link Scenario}). */
  public Board load(String scenarioJson) {
    Scenario.apply(scenarioJson, this);
    return this;
  }

  // ---------------------------------------------------------------- outputs

  /**
   * Everything the program did to the outside world, one line each, {@code "<ms> <what>"}:
   * {@code pin <n> <level>}, {@code pwm <pin> <freq> <duty_u16>} / {@code pwm <pin> off},
   * {@code i2c <scl>,<sda> <addr> w <hex>} / {@code r <n>}, {@code spi <cs> w <hex>},
   * {@code uart <id> tx "<text>"}, {@code wlan ...}, {@code nvs <ns> <key> <value>},
   * {@code wdt start <ms>}, {@code deepsleep <ms>}, {@code reset wdt|hard|soft},
   * {@code boot <n> <reset_cause> <wake_reason>}. The Python simulation writes the same lines.
   */
  public List<String> history() {
    return hw.history();
  }

  /** NVS now: namespace → key → Integer or byte[]. It survives every reset. */
  public Map<String, Map<String, Object>> nvs() {
    return hw.storage.nvs();
  }

  /** The boot number (1 after power-on). */
  public int bootNumber() {
    return hw.bootNumber();
  }

  // ---------------------------------------------------------------- boots

  /**
   * Boots the board and runs the program's {@code main} on this thread. The first run is the
   * boot after power-on ({@code reset_cause()} PWRON_RESET); after a run that ended with a
   * reset, the next run is the boot that reset leads to (after a deep sleep: board time moves
   * through the sleep, outside events happening meanwhile, and {@code reset_cause()} is
   * DEEPSLEEP_RESET). Returns how the run ended; an exception escaping main is rethrown.
   *
   * <p>Unlike the board, the JVM keeps your classes' static fields between boots: initialise
   * state in main, not in static initialisers, for programs that reboot.
   */
  public Boot run(Runnable main) {
    if (booted) {
      reboot();
    }
    booted = true;
    int number = hw.bootNumber();
    hw.record("boot " + number + " " + hw.resetCause() + " " + hw.wakeReason());
    try {
      main.run();
      return new Boot(number, hw.resetCause(), hw.wakeReason(), null);
    } catch (BoardReset reset) {
      pending = reset;
      return new Boot(number, hw.resetCause(), hw.wakeReason(), reset);
    }
  }

  private void reboot() {
    BoardReset reset = pending;
    pending = null;
    Asyncio.newEventLoop(); // RAM is gone: the tasks of the last boot never run again
    int cause = reset == null ? Storage.SOFT_RESET : reset.resetCause();
    int wake = 0;
    if (reset != null && reset.kind() == BoardReset.Kind.DEEPSLEEP) {
      wake = hw.deepSleep(reset.sleepMs());
    }
    hw.reboot(cause, wake, 0);
    if (EventLoop.isVirtualTime()) {
      EventLoop.useVirtualTime(); // ticks restart at 0 on a new boot
    }
    Asyncio.getEventLoop().setExceptionHandler(null);
  }
}
