package hw;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.micropython.OSError;
import dev.jmpy.network.Network;
import dev.jmpy.network.WLAN;
import dev.jmpy.time.Time;

/** An SSID nobody has: STAT_NO_AP_FOUND after a few seconds; the program gives up at 10 s. */
@MicroPython
public class WifiNoApTimeout {
  @Coroutine
  static void join() throws OSError {
    WLAN wlan = new WLAN(WLAN.IF_STA);
    wlan.active(true);
    wlan.connect("cafe", "coffee");
    int start = Time.ticksMs();
    while (!wlan.isconnected() && Time.ticksDiff(Time.ticksMs(), start) < 10_000) {
      Asyncio.sleepMs(1000);
    }
    System.out.println("connected " + wlan.isconnected() + " status " + wlan.status()
        + (wlan.status() == Network.STAT_NO_AP_FOUND ? " (no AP)" : "") + " at " + Time.ticksMs());
    wlan.active(false);
    System.out.println("active " + wlan.active());
  }

  public static void main(String[] args) {
    Asyncio.run(WifiNoApTimeout::join);
  }
}
