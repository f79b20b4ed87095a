package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.esp32.Esp32;
import dev.jmpy.machine.Machine;
import dev.jmpy.machine.Pin;
import dev.jmpy.time.Time;

/** Sleeps until a button pulls GPIO 33 low (ext0 wake), with a 60 s timer as a fallback. */
@MicroPython
public class DeepSleepWakePin {
  public static void main(String[] args) {
    System.out.println("cause " + Machine.resetCause() + " wake " + Machine.wakeReason()
        + (Machine.wakeReason() == Machine.EXT0_WAKE ? " (button)" : "")
        + " rtc " + Time.time());
    Pin button = new Pin(33, Pin.IN, Pin.PULL_UP);
    while (button.value() == 0) {
      Time.sleepMs(20); // still held from the wake: wait for the release
    }
    System.out.println("released at " + Time.ticksMs());
    Esp32.wakeOnExt0(button, 0);
    Machine.deepsleep(60_000);
  }
}
