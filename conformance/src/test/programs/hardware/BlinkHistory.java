package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Pin;
import dev.jmpy.time.Time;

/** An LED blinked with blocking sleeps: the board records each level with its time. */
@MicroPython
public class BlinkHistory {
  public static void main(String[] args) {
    Pin led = new Pin(2, Pin.OUT);
    for (int i = 0; i < 3; i++) {
      led.on();
      Time.sleepMs(100);
      led.off();
      Time.sleepMs(400);
    }
    led.toggle();
    System.out.println("level " + led.value());
  }
}
