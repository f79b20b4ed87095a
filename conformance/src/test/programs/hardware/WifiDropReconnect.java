package hw;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.micropython.OSError;
import dev.jmpy.network.WLAN;
import dev.jmpy.time.Time;

/** The access point goes away for 3 s: a supervisor task notices the drop and the reconnection. */
@MicroPython
public class WifiDropReconnect {
  @Coroutine
  static void supervise() throws OSError {
    WLAN wlan = new WLAN(WLAN.IF_STA);
    wlan.active(true);
    wlan.connect("home", "secret");
    boolean up = false;
    for (int i = 0; i < 40; i++) {
      boolean now = wlan.isconnected();
      if (now != up) {
        up = now;
        System.out.println((up ? "up" : "down, status " + wlan.status()) + " at " + Time.ticksMs());
      }
      Asyncio.sleepMs(500);
    }
  }

  public static void main(String[] args) {
    Asyncio.run(WifiDropReconnect::supervise);
  }
}
