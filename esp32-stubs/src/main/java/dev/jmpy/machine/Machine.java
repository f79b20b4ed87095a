package dev.jmpy.machine;

import dev.jmpy.annotations.Blocking;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;
import dev.jmpy.board.internal.Storage;

/**
 * The functions and constants of MicroPython's {@code machine} module:
 * {@code Machine.resetCause()} is {@code machine.reset_cause()}.
 */
@PyModule("machine")
public final class Machine {
  private Machine() {}

  /** {@code machine.PWRON_RESET}. */
  public static final int PWRON_RESET = Storage.PWRON_RESET;
  /** {@code machine.HARD_RESET}: after machine.reset(). */
  public static final int HARD_RESET = Storage.HARD_RESET;
  /** {@code machine.WDT_RESET}. */
  public static final int WDT_RESET = Storage.WDT_RESET;
  /** {@code machine.DEEPSLEEP_RESET}. */
  public static final int DEEPSLEEP_RESET = Storage.DEEPSLEEP_RESET;
  /** {@code machine.SOFT_RESET}. */
  public static final int SOFT_RESET = Storage.SOFT_RESET;
  /** {@code machine.PIN_WAKE}. */
  public static final int PIN_WAKE = 2;
  /** {@code machine.EXT0_WAKE}. */
  public static final int EXT0_WAKE = Storage.EXT0_WAKE;
  /** {@code machine.EXT1_WAKE}. */
  public static final int EXT1_WAKE = 3;
  /** {@code machine.TIMER_WAKE}. */
  public static final int TIMER_WAKE = Storage.TIMER_WAKE;
  /** {@code machine.TOUCHPAD_WAKE}. */
  public static final int TOUCHPAD_WAKE = 5;
  /** {@code machine.ULP_WAKE}. */
  public static final int ULP_WAKE = 6;

  /** {@code machine.freq()}: the CPU frequency in Hz (160 MHz by default). */
  public static int freq() {
    return Hw.get().cpuFreq();
  }

  /** {@code machine.freq(hz)}: 20, 40, 80, 160 or 240 MHz. */
  public static void freq(int hz) {
    if (hz != 20_000_000 && hz != 40_000_000 && hz != 80_000_000 && hz != 160_000_000
        && hz != 240_000_000) {
      throw new IllegalArgumentException("frequency must be 20MHz, 40MHz, 80Mhz, 160MHz or 240MHz");
    }
    Hw.get().cpuFreq(hz);
  }

  /** {@code machine.reset()}: resets the chip; the next boot's reset_cause() is HARD_RESET. */
  public static void reset() {
    throw Hw.get().hardReset();
  }

  /** {@code machine.soft_reset()}: sys.exit() on the board, then a soft reboot. */
  public static void softReset() {
    throw Hw.get().softReset();
  }

  /** {@code machine.deepsleep()}: sleeps until a wake source (esp32.wake_on_ext0) fires. */
  public static void deepsleep() {
    throw Hw.get().deepsleep(0);
  }

  /**
   * {@code machine.deepsleep(ms)}: the chip sleeps and boots again after {@code ms}; nothing
   * after this call runs, and the next boot's reset_cause() is DEEPSLEEP_RESET.
   */
  public static void deepsleep(int ms) {
    throw Hw.get().deepsleep(ms);
  }

  /** {@code machine.lightsleep(ms)}: pauses for {@code ms}, keeping RAM; IRQs run after. */
  @Blocking("Asyncio.sleepMs(ms)")
  public static void lightsleep(int ms) {
    Hw.get().sleepUs(ms * 1000L);
  }

  /** {@code machine.unique_id()}: the 6-byte MAC address. */
  public static byte[] uniqueId() {
    return Hw.get().uniqueId();
  }

  /** {@code machine.reset_cause()}. */
  public static int resetCause() {
    return Hw.get().resetCause();
  }

  /** {@code machine.wake_reason()}: 0 unless this boot woke from deep sleep. */
  public static int wakeReason() {
    return Hw.get().wakeReason();
  }

  /** {@code machine.idle()}: gives the CPU a rest; IRQ handlers queued meanwhile run. */
  public static void idle() {
    Hw.get().runScheduled();
  }
}
