package dev.jmpy.network;

import dev.jmpy.annotations.PyItem;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;
import dev.jmpy.board.internal.Wifi;
import dev.jmpy.micropython.OSError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code network.WLAN}: the Wi-Fi interface. Connecting takes time: {@link #connect} starts it,
 * then the program polls {@link #isconnected()} or {@link #status()} (against
 * {@code Network.STAT_*}), sleeping in between. On the ESP32 the driver keeps retrying while a
 * connection is requested. On the JVM the access points, their keys and delays are the test's.
 */
@PyModule("network")
public class WLAN {
  /** {@code WLAN.IF_STA}: the station interface. */
  public static final int IF_STA = 0;
  /** {@code WLAN.IF_AP}: the access-point interface. */
  public static final int IF_AP = 1;
  /** {@code WLAN.PM_NONE}: no power saving. */
  public static final int PM_NONE = 0;
  /** {@code WLAN.PM_PERFORMANCE}. */
  public static final int PM_PERFORMANCE = 1;
  /** {@code WLAN.PM_POWERSAVE}. */
  public static final int PM_POWERSAVE = 2;

  /** {@code network.WLAN(interface)}: IF_STA (only the station is simulated). */
  public WLAN(int interfaceId) {
    if (interfaceId != IF_STA) {
      throw new UnsupportedOperationException("only WLAN.IF_STA is simulated");
    }
  }

  /** {@code wlan.active()}. */
  public boolean active() {
    return Hw.get().wifi.active();
  }

  /** {@code wlan.active(on)}: starts or stops the interface; returns the new state. */
  public boolean active(boolean on) {
    return Hw.get().wifi.active(on);
  }

  /** {@code wlan.connect(ssid, key)}: starts connecting; OSError when not active. */
  public void connect(String ssid, String key) throws OSError {
    Hw.get().wifi.connect(ssid, key);
  }

  /** {@code wlan.connect()}: again with the last SSID and key. */
  public void connect() throws OSError {
    Hw.get().wifi.connect(null, null);
  }

  /** {@code wlan.disconnect()}. */
  public void disconnect() {
    Hw.get().wifi.disconnect();
  }

  /** {@code wlan.isconnected()}. */
  public boolean isconnected() {
    return Hw.get().wifi.isconnected();
  }

  /** {@code wlan.status()}: one of {@code Network.STAT_*}. */
  public int status() {
    return Hw.get().wifi.status();
  }

  /** {@code wlan.status("rssi")}: the signal strength in dBm while connected. */
  public int status(String param) throws OSError {
    if (!param.equals("rssi")) {
      throw new IllegalArgumentException("unknown status param");
    }
    return Hw.get().wifi.rssi();
  }

  /** {@code wlan.ifconfig()}: (ip, netmask, gateway, dns); a tuple on the board. */
  public List<String> ifconfig() {
    return Hw.get().wifi.ifconfig();
  }

  /** {@code wlan.scan()}: the access points in range. */
  public List<ScanResult> scan() throws OSError {
    List<ScanResult> results = new ArrayList<>();
    for (Wifi.AccessPoint ap : Hw.get().wifi.scan()) {
      results.add(new ScanResult(ap));
    }
    return results;
  }

  /** {@code wlan.config("essid")} and the like: only "hostname" and "mac" are simulated. */
  public Object config(String param) {
    return switch (param) {
      case "hostname", "dhcp_hostname" -> Hw.get().wifi.hostname();
      case "mac" -> Hw.get().uniqueId();
      default -> throw new IllegalArgumentException("unknown config param");
    };
  }

  /**
   * One entry of {@code wlan.scan()}: a tuple (ssid, bssid, channel, RSSI, security, hidden)
   * on the board; its methods read the tuple's items.
   */
  @PyModule("network")
  public static final class ScanResult {
    private final Wifi.AccessPoint ap;

    ScanResult(Wifi.AccessPoint ap) {
      this.ap = ap;
    }

    /** {@code entry[0]}: the SSID's bytes. */
    @PyItem(0)
    public byte[] ssid() {
      return ap.ssid.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code entry[2]}: the channel. */
    @PyItem(2)
    public int channel() {
      return ap.channel;
    }

    /** {@code entry[3]}: the RSSI in dBm. */
    @PyItem(3)
    public int rssi() {
      return ap.rssi;
    }
  }
}
