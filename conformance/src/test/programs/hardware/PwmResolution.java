package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.PWM;
import dev.jmpy.machine.Pin;

/** What duty_u16 reads back at several frequencies: the LEDC timer's resolution drops as they rise. */
@MicroPython
public class PwmResolution {
  public static void main(String[] args) {
    PWM pwm = new PWM(new Pin(15));
    System.out.println("defaults " + pwm.freq() + " " + pwm.dutyU16());
    int[] freqs = {5, 1000, 5000, 40000, 312500, 1000000};
    for (int freq : freqs) {
      pwm.freq(freq);
      pwm.dutyU16(12345);
      System.out.println(freq + " Hz: " + pwm.dutyU16() + " duty " + pwm.duty());
    }
    pwm.duty(1023);
    System.out.println("full " + pwm.dutyU16());
    pwm.deinit();
  }
}
