package dev.jmpy.board.internal;

import dev.jmpy.micropython.OSError;
import java.util.ArrayList;
import java.util.List;

/**
 * The Wi-Fi station as ports/esp32/network_wlan.c drives it, against access points a test
 * describes. connect() starts an attempt that ends {@code connectMs} later: with the right key
 * the station gets its IP; with a wrong key the attempt fails with reason AUTH_FAIL (202); an
 * SSID no access point has fails with NO_AP_FOUND (201) after {@code NO_AP_MS}. As on the ESP32
 * the driver keeps retrying while a connection is requested (every {@code RETRY_MS}), so an
 * access point set to refuse its first attempts lets a later one through, and a dropped
 * connection (beacon timeout, 200) reconnects once the access point is back. status() follows
 * the port's rules: GOT_IP while connected, then the last failure reason for NO_AP_FOUND and
 * AUTH_FAIL, STAT_IDLE after disconnect(), else CONNECTING while a connection is requested.
 */
public final class Wifi {
  public static final int STAT_IDLE = 1000;
  public static final int STAT_CONNECTING = 1001;
  public static final int STAT_GOT_IP = 1010;
  public static final int STAT_BEACON_TIMEOUT = 200;
  public static final int STAT_NO_AP_FOUND = 201;
  public static final int STAT_WRONG_PASSWORD = 202;
  static final int REASON_ASSOC_LEAVE = 8;

  /** How long an attempt takes to give up on an SSID nobody has. */
  public static final long NO_AP_MS = 3000;
  /** How soon the driver tries again after a failure. */
  public static final long RETRY_MS = 1000;

  private final Hw hw;
  private final List<AccessPoint> accessPoints = new ArrayList<>();
  private boolean active;
  private boolean requested;
  private boolean connected;
  private int reason;
  private String ssid;
  private String key;
  private AccessPoint current;
  private long attemptGeneration;
  private String hostname = "mpy-esp32";

  /** An access point in range. */
  public static final class AccessPoint {
    public final String ssid;
    public final String key;
    public final long connectMs;
    public final int rssi;
    public final int channel;
    public final String ip;
    int refusals;
    boolean up = true;

    public AccessPoint(String ssid, String key, long connectMs, int rssi, int channel, String ip,
        int refusals) {
      this.ssid = ssid;
      this.key = key;
      this.connectMs = connectMs;
      this.rssi = rssi;
      this.channel = channel;
      this.ip = ip;
      this.refusals = refusals;
    }
  }

  Wifi(Hw hw) {
    this.hw = hw;
  }

  void powerOn() {
    accessPoints.clear();
    hostname = "mpy-esp32";
    reboot();
  }

  void reboot() {
    active = false;
    requested = false;
    connected = false;
    reason = 0;
    ssid = null;
    key = null;
    current = null;
    attemptGeneration++;
  }

  // ---------------------------------------------------------------- test side

  public void add(AccessPoint ap) {
    synchronized (hw) {
      accessPoints.removeIf(a -> a.ssid.equals(ap.ssid));
      accessPoints.add(ap);
    }
  }

  /** The access point goes away now (a connected station loses it: beacon timeout). */
  public void drop(String ssid) {
    synchronized (hw) {
      for (AccessPoint ap : accessPoints) {
        if (ap.ssid.equals(ssid)) {
          ap.up = false;
        }
      }
      if (connected && current != null && current.ssid.equals(ssid)) {
        connected = false;
        reason = STAT_BEACON_TIMEOUT;
        hw.record("wlan down " + reason);
        if (requested) {
          scheduleAttempt(RETRY_MS);
        }
      }
    }
  }

  /** The access point is back. */
  public void restore(String ssid) {
    synchronized (hw) {
      for (AccessPoint ap : accessPoints) {
        if (ap.ssid.equals(ssid)) {
          ap.up = true;
        }
      }
    }
  }

  // ---------------------------------------------------------------- program side

  public boolean active() {
    hw.runScheduled();
    synchronized (hw) {
      return active;
    }
  }

  public boolean active(boolean on) {
    hw.runScheduled();
    synchronized (hw) {
      if (on != active) {
        active = on;
        hw.record("wlan active " + (on ? 1 : 0));
        if (!on) {
          requested = false;
          if (connected) {
            connected = false;
            hw.record("wlan down " + REASON_ASSOC_LEAVE);
          }
          attemptGeneration++;
        }
      }
      return active;
    }
  }

  public void connect(String newSsid, String newKey) throws OSError {
    hw.runScheduled();
    synchronized (hw) {
      if (!active) {
        throw new OSError("Wifi Not Started");
      }
      if (newSsid != null) {
        ssid = newSsid;
        key = newKey;
      }
      hw.record("wlan connect " + Serial.quote(ssid == null ? new byte[0]
          : ssid.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      if (connected) {
        connected = false;
        hw.record("wlan down " + REASON_ASSOC_LEAVE);
      }
      requested = true;
      scheduleAttempt(0);
    }
  }

  private void scheduleAttempt(long delayMs) {
    long generation = ++attemptGeneration;
    AccessPoint ap = find(ssid);
    long duration = ap == null || !ap.up ? NO_AP_MS : ap.connectMs;
    hw.after(delayMs + duration, () -> {
      synchronized (hw) {
        if (generation != attemptGeneration || !requested || !active) {
          return;
        }
        AccessPoint target = find(ssid);
        if (target == null || !target.up) {
          reason = STAT_NO_AP_FOUND;
          scheduleAttempt(RETRY_MS);
        } else if (!target.key.equals(key) || target.refusals > 0) {
          if (target.key.equals(key)) {
            target.refusals--;
          }
          reason = STAT_WRONG_PASSWORD;
          scheduleAttempt(RETRY_MS);
        } else {
          connected = true;
          current = target;
          hw.record("wlan up " + target.ip);
        }
      }
    });
  }

  private AccessPoint find(String name) {
    for (AccessPoint ap : accessPoints) {
      if (ap.ssid.equals(name)) {
        return ap;
      }
    }
    return null;
  }

  public void disconnect() {
    hw.runScheduled();
    synchronized (hw) {
      requested = false;
      attemptGeneration++;
      if (connected) {
        connected = false;
        hw.record("wlan down " + REASON_ASSOC_LEAVE);
      }
      reason = REASON_ASSOC_LEAVE;
    }
  }

  public boolean isconnected() {
    hw.runScheduled();
    synchronized (hw) {
      return connected;
    }
  }

  public int status() {
    hw.runScheduled();
    synchronized (hw) {
      if (connected) {
        return STAT_GOT_IP;
      }
      if (reason == STAT_NO_AP_FOUND || reason == STAT_WRONG_PASSWORD) {
        return reason;
      }
      if (reason == REASON_ASSOC_LEAVE) {
        return STAT_IDLE;
      }
      if (requested) {
        return STAT_CONNECTING;
      }
      return reason == 0 ? STAT_IDLE : reason;
    }
  }

  /** {@code status('rssi')}. */
  public int rssi() throws OSError {
    synchronized (hw) {
      if (!connected) {
        throw new OSError(-0x300f, "ESP_ERR_WIFI_NOT_CONNECT");
      }
      return current.rssi;
    }
  }

  /** {@code ifconfig()}: (ip, netmask, gateway, dns). */
  public List<String> ifconfig() {
    synchronized (hw) {
      if (!connected) {
        return List.of("0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0");
      }
      String ip = current.ip;
      String gateway = ip.substring(0, ip.lastIndexOf('.')) + ".1";
      return List.of(ip, "255.255.255.0", gateway, gateway);
    }
  }

  /** {@code scan()}: the access points that are up, strongest first. */
  public List<AccessPoint> scan() throws OSError {
    hw.runScheduled();
    synchronized (hw) {
      if (!active) {
        throw new OSError("STA must be active");
      }
      List<AccessPoint> found = new ArrayList<>();
      for (AccessPoint ap : accessPoints) {
        if (ap.up) {
          found.add(ap);
        }
      }
      found.sort((a, b) -> Integer.compare(b.rssi, a.rssi));
      return found;
    }
  }

  public String hostname() {
    synchronized (hw) {
      return hostname;
    }
  }

  public void hostname(String name) {
    synchronized (hw) {
      hostname = name;
    }
  }
}
