package dev.jmpy.esp32;

import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;
import dev.jmpy.board.internal.PinIds;
import dev.jmpy.machine.Pin;

/** The functions of MicroPython's {@code esp32} module: {@code Esp32.rawTemperature()} is {@code esp32.raw_temperature()}. */
@PyModule("esp32")
public final class Esp32 {
  private Esp32() {}

  /** {@code esp32.raw_temperature()}: the chip's internal sensor, in °F, uncalibrated. */
  public static int rawTemperature() {
    return Hw.get().rawTemperature();
  }

  /**
   * {@code esp32.wake_on_ext0(pin, level)}: deep sleep ends when the pin is at {@code level}
   * (0 or 1); the next boot's wake_reason() is EXT0_WAKE.
   */
  public static void wakeOnExt0(Pin pin, int level) {
    Hw.get().pins.wakeOnExt0(PinIds.of(pin), level);
  }
}
