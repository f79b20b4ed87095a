package hw;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.micropython.OSError;
import dev.jmpy.network.Network;
import dev.jmpy.network.WLAN;
import dev.jmpy.time.Time;

/**
 * The access point refuses the first two attempts (STAT_WRONG_PASSWORD); the driver keeps
 * retrying and the third attempt gets through. A wrong key never does, and disconnect() ends it.
 */
@MicroPython
public class WifiWrongPasswordRetry {
  @Coroutine
  static int waitFor(WLAN wlan, int timeoutMs) {
    int start = Time.ticksMs();
    int last = -1;
    while (Time.ticksDiff(Time.ticksMs(), start) < timeoutMs) {
      int status = wlan.status();
      if (status != last) {
        System.out.println(Time.ticksDiff(Time.ticksMs(), start) + " ms: status " + status);
        last = status;
      }
      if (status == Network.STAT_GOT_IP) {
        return status;
      }
      Asyncio.sleepMs(250);
    }
    return last;
  }

  @Coroutine
  static void join() throws OSError {
    WLAN wlan = new WLAN(WLAN.IF_STA);
    wlan.active(true);
    wlan.connect("lab", "wrong");
    System.out.println("wrong key ends with " + waitFor(wlan, 4000));
    wlan.disconnect();
    System.out.println("after disconnect " + wlan.status());
    wlan.connect("lab", "right");
    System.out.println("right key ends with " + waitFor(wlan, 10000));
  }

  public static void main(String[] args) {
    Asyncio.run(WifiWrongPasswordRetry::join);
  }
}
