package dev.jmpy.board.internal;

import dev.jmpy.micropython.OSError;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What outlives a reset: NVS (esp32.NVS, in flash: survives every reset), RTC memory
 * (machine.RTC().memory(): survives deep sleep, not a power cycle or other resets) and the RTC
 * clock (time.time(), counting seconds since 2000-01-01, the ESP32 port's epoch, from
 * 2000-01-01 00:00:00 at power-on unless set).
 *
 * <p>NVS as ports/esp32/esp32_nvs.c raises it: a missing key is OSError(-4354,
 * 'ESP_ERR_NVS_NOT_FOUND'); a blob larger than the buffer get_blob is given is OSError(-4364,
 * 'ESP_ERR_NVS_INVALID_LENGTH'). Writes are kept at once (commit() is accepted and does nothing
 * more). History line: {@code nvs <namespace> <key> <value>} (a blob in hex).
 */
public final class Storage {
  public static final int PWRON_RESET = 1;
  public static final int HARD_RESET = 2;
  public static final int WDT_RESET = 3;
  public static final int DEEPSLEEP_RESET = 4;
  public static final int SOFT_RESET = 5;
  public static final int EXT0_WAKE = 2;
  public static final int TIMER_WAKE = 4;

  /** Seconds from 1970-01-01 to 2000-01-01. */
  public static final long EPOCH_2000 = 946_684_800L;

  private final Hw hw;
  private final Map<String, Map<String, Object>> nvs = new TreeMap<>();
  private byte[] rtcMemory = new byte[0];
  /** RTC time at board time 0, in microseconds since 2000-01-01. */
  private long rtcBaseUs;

  Storage(Hw hw) {
    this.hw = hw;
  }

  void powerOn() {
    nvs.clear();
    rtcMemory = new byte[0];
    rtcBaseUs = 0;
  }

  void reboot(boolean fromDeepSleep) {
    if (!fromDeepSleep) {
      rtcMemory = new byte[0];
    }
  }

  // ---------------------------------------------------------------- NVS

  private Map<String, Object> space(String namespace) {
    return nvs.computeIfAbsent(namespace, k -> new LinkedHashMap<>());
  }

  private static void checkName(String name) throws OSError {
    if (name.length() > 15) {
      throw new OSError(-0x1109, "ESP_ERR_NVS_KEY_TOO_LONG");
    }
  }

  public void openNamespace(String namespace) throws OSError {
    checkName(namespace);
  }

  public void setI32(String namespace, String key, int value) throws OSError {
    checkName(key);
    synchronized (hw) {
      space(namespace).put(key, value);
      hw.record("nvs " + namespace + " " + key + " " + value);
    }
  }

  public int getI32(String namespace, String key) throws OSError {
    synchronized (hw) {
      if (space(namespace).get(key) instanceof Integer value) {
        return value;
      }
    }
    throw new OSError(-0x1102, "ESP_ERR_NVS_NOT_FOUND");
  }

  public void setBlob(String namespace, String key, byte[] value) throws OSError {
    checkName(key);
    synchronized (hw) {
      space(namespace).put(key, value.clone());
      hw.record("nvs " + namespace + " " + key + " " + (value.length == 0 ? "-"
          : HexFormat.of().formatHex(value)));
    }
  }

  /** {@code get_blob(key, buf)}: fills buf, returns the blob's length. */
  public int getBlob(String namespace, String key, byte[] into) throws OSError {
    byte[] value;
    synchronized (hw) {
      value = space(namespace).get(key) instanceof byte[] blob ? blob : null;
    }
    if (value == null) {
      throw new OSError(-0x1102, "ESP_ERR_NVS_NOT_FOUND");
    }
    if (value.length > into.length) {
      throw new OSError(-0x110c, "ESP_ERR_NVS_INVALID_LENGTH");
    }
    System.arraycopy(value, 0, into, 0, value.length);
    return value.length;
  }

  public void eraseKey(String namespace, String key) throws OSError {
    synchronized (hw) {
      if (space(namespace).remove(key) == null) {
        throw new OSError(-0x1102, "ESP_ERR_NVS_NOT_FOUND");
      }
      hw.record("nvs " + namespace + " " + key + " erased");
    }
  }

  /** The test's view: namespace → key → Integer or byte[]. */
  public Map<String, Map<String, Object>> nvs() {
    synchronized (hw) {
      Map<String, Map<String, Object>> copy = new TreeMap<>();
      nvs.forEach((ns, entries) -> copy.put(ns, new LinkedHashMap<>(entries)));
      return copy;
    }
  }

  // ---------------------------------------------------------------- RTC

  public byte[] rtcMemory() {
    synchronized (hw) {
      return rtcMemory.clone();
    }
  }

  public void rtcMemory(byte[] data) {
    if (data.length > 2048) {
      throw new IllegalArgumentException("buffer too long");
    }
    synchronized (hw) {
      rtcMemory = data.clone();
    }
  }

  /** RTC time now: microseconds since 2000-01-01. */
  public long rtcNowUs() {
    synchronized (hw) {
      return rtcBaseUs + hw.nowUs();
    }
  }

  /** Sets the RTC so that now is {@code usSince2000}. */
  public void rtcSetUs(long usSince2000) {
    synchronized (hw) {
      rtcBaseUs = usSince2000 - hw.nowUs();
    }
  }

  /** {@code RTC().datetime()}: (year, month, day, weekday, hours, minutes, seconds, subseconds). */
  public int[] datetime() {
    long us = rtcNowUs();
    LocalDateTime t = LocalDateTime.ofEpochSecond(EPOCH_2000 + Math.floorDiv(us, 1_000_000), 0,
        ZoneOffset.UTC);
    return new int[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
        t.getDayOfWeek().getValue() - 1, t.getHour(), t.getMinute(), t.getSecond(),
        (int) Math.floorMod(us, 1_000_000)};
  }

  /** {@code RTC().datetime((year, month, day, weekday, hours, minutes, seconds, subseconds))}. */
  public void datetime(int[] fields) {
    LocalDateTime t = LocalDateTime.of(fields[0], fields[1], fields[2], fields[4], fields[5],
        fields[6]);
    long seconds = t.toEpochSecond(ZoneOffset.UTC) - EPOCH_2000;
    rtcSetUs(seconds * 1_000_000 + (fields.length > 7 ? fields[7] : 0));
  }

  /** {@code time.localtime(secs)}: (year, month, mday, hour, minute, second, weekday, yearday). */
  public static int[] localtime(long secondsSince2000) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(EPOCH_2000 + secondsSince2000, 0,
        ZoneOffset.UTC);
    return new int[] {t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
        t.getMinute(), t.getSecond(), t.getDayOfWeek().getValue() - 1, t.getDayOfYear()};
  }

  /** {@code time.mktime((year, month, mday, hour, minute, second, ...))}: seconds since 2000. */
  public static long mktime(int[] fields) {
    LocalDateTime t = LocalDateTime.of(fields[0], 1, 1, 0, 0, 0)
        .plusMonths(fields[1] - 1L).plusDays(fields[2] - 1L).plusHours(fields[3])
        .plusMinutes(fields[4]).plusSeconds(fields[5]);
    return t.toEpochSecond(ZoneOffset.UTC) - EPOCH_2000;
  }
}
