package hw;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.ThreadSafeFlag;
import dev.jmpy.machine.Pin;
import dev.jmpy.time.Time;

/** A button's IRQ sets a ThreadSafeFlag; a task awaits it and reacts at the press time. */
@MicroPython
public class ButtonIrqFlag {
  static final ThreadSafeFlag pressed = new ThreadSafeFlag();
  static int presses = 0;

  @Coroutine
  static void watch() {
    Pin led = new Pin(2, Pin.OUT);
    for (int i = 0; i < 3; i++) {
      pressed.await();
      presses++;
      led.toggle();
      System.out.println("press " + presses + " at " + Time.ticksMs());
    }
  }

  public static void main(String[] args) {
    Pin button = new Pin(0, Pin.IN, Pin.PULL_UP);
    button.irq(p -> pressed.set(), Pin.IRQ_FALLING);
    Asyncio.run(ButtonIrqFlag::watch);
    System.out.println("done at " + Time.ticksMs());
  }
}
