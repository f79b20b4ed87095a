package dev.jmpy.machine;

import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;

/**
 * {@code machine.RTC}: the real-time clock (it keeps running through deep sleep) and RTC memory
 * (kept across deep sleep, lost on other resets).
 */
@PyModule("machine")
public class RTC {
  /** {@code machine.RTC()}. */
  public RTC() {}

  /**
   * {@code rtc.datetime()}: a tuple (year, month, day, weekday, hours, minutes, seconds,
   * subseconds); weekday 0 is Monday. Read-only on the board (a tuple).
   */
  public int[] datetime() {
    return Hw.get().storage.datetime();
  }

  /** {@code rtc.datetime(tuple)}: sets the clock. */
  public void datetime(int[] datetimeTuple) {
    Hw.get().storage.datetime(datetimeTuple);
  }

  /** {@code rtc.memory()}: the bytes kept in RTC memory. */
  public byte[] memory() {
    return Hw.get().storage.rtcMemory();
  }

  /** {@code rtc.memory(data)}: up to 2048 bytes. */
  public void memory(byte[] data) {
    Hw.get().storage.rtcMemory(data);
  }
}
