package dev.jmpy.time;

import dev.jmpy.annotations.Blocking;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.annotations.Ticks;
import dev.jmpy.board.internal.Hw;
import dev.jmpy.board.internal.Storage;

/**
 * MicroPython's {@code time} module on the ESP32: {@code Time.ticksMs()} is
 * {@code time.ticks_ms()}. On the JVM it reads the simulated board's clock, which is the event
 * loop's clock: virtual in tests, so no real time leaks in.
 *
 * <p>Ticks wrap as on the ESP32: {@code ticks_ms}, {@code ticks_us} and {@code ticks_cpu} count
 * modulo 2^30. Compare them only with {@link #ticksDiff} and advance them with {@link #ticksAdd}.
 * The blocking sleeps stop the whole program (no task runs): inside a {@code @Coroutine} await
 * {@code Asyncio.sleepMs} instead. {@link #time()} counts seconds since 2000-01-01, the ESP32
 * port's epoch.
 */
@PyModule("time")
public final class Time {
  private Time() {}

  private static final long PERIOD = Hw.TICKS_PERIOD;

  /** {@code time.ticks_ms()}: milliseconds, wrapping at 2^30. */
  @Ticks
  public static int ticksMs() {
    return (int) Hw.get().ticksMs();
  }

  /** {@code time.ticks_us()}: microseconds, wrapping at 2^30. */
  @Ticks
  public static int ticksUs() {
    return (int) Hw.get().ticksUs();
  }

  /** {@code time.ticks_cpu()}: CPU cycles (160 MHz), wrapping at 2^30. */
  @Ticks
  public static int ticksCpu() {
    return (int) Hw.get().ticksCpu();
  }

  /**
   * {@code time.ticks_diff(end, start)}: the signed distance from start to end, in
   * -2^29..2^29-1, correct across a wrap.
   */
  public static int ticksDiff(int end, int start) {
    long diff = Math.floorMod((long) end - start + PERIOD / 2, PERIOD) - PERIOD / 2;
    return (int) diff;
  }

  /** {@code time.ticks_add(ticks, delta)}: wraps; |delta| must be below 2^29. */
  @Ticks
  public static int ticksAdd(int ticks, int delta) {
    if (delta <= -PERIOD / 2 || delta >= PERIOD / 2) {
      throw new ArithmeticException("ticks interval overflow");
    }
    return (int) Math.floorMod((long) ticks + delta, PERIOD);
  }

  /** {@code time.sleep(seconds)}: blocking. */
  @Blocking("Asyncio.sleep(seconds)")
  public static void sleep(int seconds) {
    Hw.get().sleepUs(Math.max(0, seconds) * 1_000_000L);
  }

  /** {@code time.sleep_ms(ms)}: blocking; IRQ handlers run meanwhile. */
  @Blocking("Asyncio.sleepMs(ms)")
  public static void sleepMs(int ms) {
    Hw.get().sleepUs(Math.max(0, ms) * 1000L);
  }

  /** {@code time.sleep_us(us)}: blocking. */
  @Blocking("Asyncio.sleepMs(ms) (asyncio sleeps in whole milliseconds)")
  public static void sleepUs(int us) {
    Hw.get().sleepUs(Math.max(0, us));
  }

  /** {@code time.time()}: whole seconds since 2000-01-01 (the RTC). */
  public static int time() {
    return (int) Math.floorDiv(Hw.get().storage.rtcNowUs(), 1_000_000);
  }

  /** {@code time.time_ns()}: nanoseconds since 2000-01-01. */
  public static long timeNs() {
    return Hw.get().storage.rtcNowUs() * 1000;
  }

  /**
   * {@code time.localtime()}: (year, month, mday, hour, minute, second, weekday, yearday) of the
   * RTC (no time zones on the board). A tuple on the board: read it, do not change it.
   */
  public static int[] localtime() {
    return Storage.localtime(time());
  }

  /** {@code time.localtime(secs)}: secs since 2000-01-01. */
  public static int[] localtime(int secs) {
    return Storage.localtime(secs);
  }

  /** {@code time.gmtime(secs)}: the same as localtime on the board. */
  public static int[] gmtime(int secs) {
    return Storage.localtime(secs);
  }

  /** {@code time.mktime(tuple)}: seconds since 2000-01-01 of (year, month, mday, hour, minute, second, ...). */
  public static int mktime(int[] localtime) {
    return (int) Storage.mktime(localtime);
  }
}
