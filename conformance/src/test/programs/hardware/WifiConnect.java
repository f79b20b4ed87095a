package hw;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.micropython.OSError;
import dev.jmpy.network.Network;
import dev.jmpy.network.WLAN;
import dev.jmpy.time.Time;
import java.util.List;

/** Joining Wi-Fi: connect, then poll status() every 100 ms until connected. */
@MicroPython
public class WifiConnect {
  @Coroutine
  static void join() throws OSError {
    WLAN wlan = new WLAN(WLAN.IF_STA);
    wlan.active(true);
    wlan.connect("home", "secret");
    while (!wlan.isconnected()) {
      if (wlan.status() != Network.STAT_CONNECTING) {
        System.out.println("status " + wlan.status());
      }
      Asyncio.sleepMs(100);
    }
    List<String> config = wlan.ifconfig();
    System.out.println("connected at " + Time.ticksMs() + " as " + config.get(0) + " via " + config.get(2));
    System.out.println("status " + wlan.status() + " rssi " + wlan.status("rssi"));
  }

  public static void main(String[] args) {
    Asyncio.run(WifiConnect::join);
  }
}
