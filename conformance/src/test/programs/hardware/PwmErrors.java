package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.PWM;
import dev.jmpy.machine.Pin;

/** Out-of-range duty and frequency raise ValueError; a deinit PWM raises RuntimeError. */
@MicroPython
public class PwmErrors {
  public static void main(String[] args) {
    PWM pwm = new PWM(new Pin(4), 2000, 100);
    try {
      pwm.dutyU16(70000);
    } catch (IllegalArgumentException e) {
      System.out.println("duty rejected");
    }
    try {
      pwm.freq(0);
    } catch (IllegalArgumentException e) {
      System.out.println("freq rejected");
    }
    pwm.deinit();
    try {
      pwm.freq(100);
    } catch (IllegalStateException e) {
      System.out.println("inactive");
    }
  }
}
