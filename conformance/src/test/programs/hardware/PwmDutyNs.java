package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.PWM;
import dev.jmpy.machine.Pin;

/** A servo pulse set in nanoseconds at 50 Hz, read back in ns and as duty_u16. */
@MicroPython
public class PwmDutyNs {
  public static void main(String[] args) {
    PWM servo = new PWM(new Pin(13), 50, 0);
    int[] pulses = {500_000, 1_500_000, 2_500_000};
    for (int ns : pulses) {
      servo.dutyNs(ns);
      System.out.println(ns + " ns: reads " + servo.dutyNs() + " ns, u16 " + servo.dutyU16());
    }
  }
}
