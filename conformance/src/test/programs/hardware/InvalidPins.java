package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Pin;

/** GPIOs the ESP32 lacks, and input-only pins asked to drive, raise ValueError. */
@MicroPython
public class InvalidPins {
  public static void main(String[] args) {
    int[] ids = {20, 24, 40, 34};
    for (int id : ids) {
      try {
        Pin pin = new Pin(id, Pin.OUT);
        System.out.println(id + " ok " + pin.value());
      } catch (IllegalArgumentException e) {
        System.out.println(id + " rejected");
      }
    }
    Pin input = new Pin(35, Pin.IN);
    System.out.println("35 reads " + input.value());
  }
}
