package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Pin;
import dev.jmpy.time.Time;

/**
 * Twelve edges in the same millisecond: the ESP32's scheduler queue holds 8 soft IRQs, so four
 * handler calls are lost, as on the board.
 */
@MicroPython
public class IrqQueueOverflow {
  static int calls = 0;

  public static void main(String[] args) {
    Pin input = new Pin(27, Pin.IN);
    input.irq(p -> calls++, Pin.IRQ_RISING | Pin.IRQ_FALLING);
    Time.sleepMs(100);
    System.out.println("calls " + calls);
  }
}
