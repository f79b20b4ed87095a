package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Pin;
import dev.jmpy.machine.Signal;
import dev.jmpy.time.Time;

/** An active-low LED through an inverted Signal: on() drives the pin low. */
@MicroPython
public class SignalInvert {
  public static void main(String[] args) {
    Signal led = new Signal(new Pin(5, Pin.OUT), true);
    led.off();
    Time.sleepMs(10);
    led.on();
    System.out.println("active " + led.value());
    Time.sleepMs(10);
    led.value(0);
    System.out.println("active " + led.value());
    Signal plain = new Signal(new Pin(12, Pin.OUT));
    plain.on();
    System.out.println("plain " + plain.value());
  }
}
