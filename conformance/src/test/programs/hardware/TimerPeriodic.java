package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Pin;
import dev.jmpy.machine.Timer;
import dev.jmpy.time.Time;

/** A periodic hardware timer toggles an LED every 250 ms; a one-shot timer stops it at 1.1 s. */
@MicroPython
public class TimerPeriodic {
  static final Pin led = new Pin(2, Pin.OUT);
  static final Timer blink = new Timer(0);
  static int toggles = 0;

  public static void main(String[] args) {
    blink.init(Timer.PERIODIC, 250, t -> {
      led.toggle();
      toggles++;
    });
    Timer stop = new Timer(1);
    stop.init(Timer.ONE_SHOT, 1100, t -> blink.deinit());
    Time.sleepMs(2000);
    System.out.println("toggles " + toggles + " led " + led.value());
  }
}
