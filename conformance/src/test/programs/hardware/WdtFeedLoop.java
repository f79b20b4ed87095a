package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Machine;
import dev.jmpy.machine.WDT;
import dev.jmpy.time.Time;

/**
 * A loop feeds a 1 s watchdog every 300 ms, then stops feeding: the board resets, and the next
 * boot sees WDT_RESET and does not start the watchdog again.
 */
@MicroPython
public class WdtFeedLoop {
  public static void main(String[] args) {
    int cause = Machine.resetCause();
    System.out.println("boot, cause " + cause + (cause == Machine.WDT_RESET ? " (watchdog)" : ""));
    if (cause == Machine.WDT_RESET) {
      return;
    }
    WDT wdt = new WDT(1000);
    for (int i = 0; i < 5; i++) {
      Time.sleepMs(300);
      wdt.feed();
    }
    System.out.println("stopped feeding at " + Time.ticksMs());
    while (true) {
      Time.sleepMs(100);
    }
  }
}
