package dev.jmpy.network;

import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;
import dev.jmpy.board.internal.Wifi;

/**
 * The functions and constants of MicroPython's {@code network} module on the ESP32:
 * {@code Network.hostname()} is {@code network.hostname()}, {@code Network.STAT_GOT_IP} is
 * {@code network.STAT_GOT_IP} (ports/esp32/modnetwork_globals.h puts the status codes in the
 * module, not in WLAN).
 */
@PyModule("network")
public final class Network {
  private Network() {}

  /** {@code network.STAT_IDLE}: not connecting (after disconnect()). */
  public static final int STAT_IDLE = Wifi.STAT_IDLE;
  /** {@code network.STAT_CONNECTING}. */
  public static final int STAT_CONNECTING = Wifi.STAT_CONNECTING;
  /** {@code network.STAT_GOT_IP}: connected. */
  public static final int STAT_GOT_IP = Wifi.STAT_GOT_IP;
  /** {@code network.STAT_BEACON_TIMEOUT}: the access point went away. */
  public static final int STAT_BEACON_TIMEOUT = Wifi.STAT_BEACON_TIMEOUT;
  /** {@code network.STAT_NO_AP_FOUND}: no access point with this SSID. */
  public static final int STAT_NO_AP_FOUND = Wifi.STAT_NO_AP_FOUND;
  /** {@code network.STAT_WRONG_PASSWORD}: authentication failed. */
  public static final int STAT_WRONG_PASSWORD = Wifi.STAT_WRONG_PASSWORD;

  /** {@code network.hostname()}. */
  public static String hostname() {
    return Hw.get().wifi.hostname();
  }

  /** {@code network.hostname(name)}: used by the next connect(). */
  public static void hostname(String name) {
    Hw.get().wifi.hostname(name);
  }
}
