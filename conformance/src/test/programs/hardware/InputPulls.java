package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Pin;

/** Inputs read what drives them, else their pull; open drain reads its pull when released. */
@MicroPython
public class InputPulls {
  public static void main(String[] args) {
    Pin up = new Pin(14, Pin.IN, Pin.PULL_UP);
    Pin down = new Pin(15, Pin.IN, Pin.PULL_DOWN);
    Pin driven = new Pin(16, Pin.IN, Pin.PULL_DOWN);
    System.out.println("up " + up.value() + " down " + down.value() + " driven " + driven.value());
    Pin bus = new Pin(17, Pin.OPEN_DRAIN, Pin.PULL_UP);
    bus.value(0);
    System.out.println("drain low " + bus.value());
    bus.value(1);
    System.out.println("drain released " + bus.value());
    Pin out = new Pin(18, Pin.OUT, -1, 1);
    System.out.println("out starts " + out.value());
  }
}
