package hw;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.machine.PWM;
import dev.jmpy.machine.Pin;

/** An LED faded up and down in steps of 20 ms: the PWM timeline shows every duty. */
@MicroPython
public class PwmFade {
  @Coroutine
  static void fade(PWM led) {
    for (int step = 0; step <= 8; step++) {
      led.dutyU16(step * 8192 > 65535 ? 65535 : step * 8192);
      Asyncio.sleepMs(20);
    }
    for (int step = 8; step >= 0; step -= 2) {
      led.dutyU16(step * 8192 > 65535 ? 65535 : step * 8192);
      Asyncio.sleepMs(20);
    }
  }

  public static void main(String[] args) {
    PWM led = new PWM(new Pin(2), 1000, 0);
    Asyncio.run(() -> fade(led));
    System.out.println("duty " + led.dutyU16() + " freq " + led.freq());
    led.deinit();
  }
}
