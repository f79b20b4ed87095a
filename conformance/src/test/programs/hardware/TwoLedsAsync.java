package hw;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.machine.Pin;

/** Two tasks blink two LEDs at different rates; the history interleaves their edges. */
@MicroPython
public class TwoLedsAsync {
  @Coroutine
  static void blink(int gpio, int periodMs, int times) {
    Pin led = new Pin(gpio, Pin.OUT);
    for (int i = 0; i < times; i++) {
      led.toggle();
      Asyncio.sleepMs(periodMs);
    }
  }

  @Coroutine
  static void both() {
    Asyncio.gather(() -> blink(2, 150, 6), () -> blink(4, 250, 4));
  }

  public static void main(String[] args) {
    Asyncio.run(TwoLedsAsync::both);
    System.out.println("blinked");
  }
}
