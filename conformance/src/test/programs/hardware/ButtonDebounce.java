package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Pin;
import dev.jmpy.time.Time;

/** A bouncing button: the IRQ handler ignores edges within 50 ms of the last accepted one. */
@MicroPython
public class ButtonDebounce {
  static int accepted = 0;
  static int edges = 0;
  static int lastMs = 0;
  static boolean seen = false;

  static void onEdge(Pin pin) {
    edges++;
    int now = Time.ticksMs();
    if (seen && Time.ticksDiff(now, lastMs) < 50) {
      return;
    }
    seen = true;
    lastMs = now;
    accepted++;
    System.out.println("accepted at " + now);
  }

  public static void main(String[] args) {
    Pin button = new Pin(4, Pin.IN, Pin.PULL_UP);
    button.irq(ButtonDebounce::onEdge, Pin.IRQ_FALLING);
    Time.sleepMs(2000);
    System.out.println("edges " + edges + " accepted " + accepted);
  }
}
