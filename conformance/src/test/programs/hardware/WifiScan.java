package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.micropython.OSError;
import dev.jmpy.network.Network;
import dev.jmpy.network.WLAN;
import java.util.List;

/** scan() needs an active interface; it lists the access points in range, strongest first. */
@MicroPython
public class WifiScan {
  public static void main(String[] args) {
    WLAN wlan = new WLAN(WLAN.IF_STA);
    try {
      wlan.scan();
    } catch (OSError e) {
      System.out.println("inactive scan fails");
    }
    wlan.active(true);
    try {
      List<WLAN.ScanResult> found = wlan.scan();
      System.out.println(found.size() + " networks");
      for (WLAN.ScanResult ap : found) {
        System.out.println("channel " + ap.channel() + " rssi " + ap.rssi() + " ssid bytes " + ap.ssid().length);
      }
    } catch (OSError e) {
      System.out.println("scan failed");
    }
    System.out.println("hostname " + Network.hostname());
  }
}
