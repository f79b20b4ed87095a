package dev.jmpy.machine;

import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;
import dev.jmpy.board.internal.PinIds;
import dev.jmpy.board.internal.Pins;
import java.util.function.Consumer;

/**
 * {@code machine.Pin}: a GPIO. On the JVM, a pad of the simulated board ({@code dev.jmpy.board}):
 * what the program writes is recorded with its time, what the test drives is read.
 *
 * <p>On the ESP32 pin IRQs are always soft: the handler is queued ({@code mp_sched_schedule}) and
 * runs at the next opportunity (there is no {@code hard=} argument). With asyncio, the usual
 * pattern is a handler that sets a {@code ThreadSafeFlag} and a task that awaits it.
 */
@PyModule("machine")
public class Pin {
  /** {@code Pin.IN}. */
  public static final int IN = Pins.IN;
  /** {@code Pin.OUT} (the ESP32's input-output mode: reading gives the pad level). */
  public static final int OUT = Pins.OUT;
  /** {@code Pin.OPEN_DRAIN}. */
  public static final int OPEN_DRAIN = Pins.OPEN_DRAIN;
  /** {@code Pin.PULL_UP}. */
  public static final int PULL_UP = Pins.PULL_UP;
  /** {@code Pin.PULL_DOWN}. */
  public static final int PULL_DOWN = Pins.PULL_DOWN;
  /** {@code Pin.IRQ_RISING}. */
  public static final int IRQ_RISING = Pins.IRQ_RISING;
  /** {@code Pin.IRQ_FALLING}. */
  public static final int IRQ_FALLING = Pins.IRQ_FALLING;
  /** {@code Pin.WAKE_LOW}. */
  public static final int WAKE_LOW = 4;
  /** {@code Pin.WAKE_HIGH}. */
  public static final int WAKE_HIGH = 5;
  /** {@code Pin.DRIVE_0}. */
  public static final int DRIVE_0 = 0;
  /** {@code Pin.DRIVE_1}. */
  public static final int DRIVE_1 = 1;
  /** {@code Pin.DRIVE_2}. */
  public static final int DRIVE_2 = 2;
  /** {@code Pin.DRIVE_3}. */
  public static final int DRIVE_3 = 3;

  private final int id;

  /** {@code machine.Pin(id)}: the GPIO as it is (ValueError "invalid pin" for one the ESP32 lacks). */
  public Pin(int id) {
    Hw.get().pins.pad(id);
    this.id = id;
    PinIds.register(this, id);
  }

  /** {@code machine.Pin(id, mode)}. */
  public Pin(int id, int mode) {
    this(id);
    Hw.get().pins.configure(id, mode, -2, -1);
  }

  /** {@code machine.Pin(id, mode, pull)}. */
  public Pin(int id, int mode, int pull) {
    this(id);
    Hw.get().pins.configure(id, mode, pull, -1);
  }

  /** {@code machine.Pin(id, mode, pull, value=v)}: sets the output before the mode. */
  public Pin(int id, int mode, int pull, @PyKeyword("value") int value) {
    this(id);
    Hw.get().pins.configure(id, mode, pull, value != 0 ? 1 : 0);
  }

  /** {@code pin.init(mode)}. */
  public void init(int mode) {
    Hw.get().pins.configure(id, mode, -2, -1);
  }

  /** {@code pin.init(mode, pull)}. */
  public void init(int mode, int pull) {
    Hw.get().pins.configure(id, mode, pull, -1);
  }

  /** {@code pin.value()}: the pad level, 0 or 1. */
  public int value() {
    return Hw.get().pins.read(id);
  }

  /** {@code pin.value(v)}: sets the output (any non-zero is 1). */
  public void value(int v) {
    Hw.get().pins.write(id, v);
  }

  /** {@code pin.on()}. */
  public void on() {
    Hw.get().pins.write(id, 1);
  }

  /** {@code pin.off()}. */
  public void off() {
    Hw.get().pins.write(id, 0);
  }

  /** {@code pin.toggle()}. */
  public void toggle() {
    Hw.get().pins.toggle(id);
  }

  /**
   * {@code pin.irq(handler, trigger)}: {@code handler} receives this pin, queued as a soft IRQ on
   * each edge in {@code trigger} ({@code Pin.IRQ_RISING | Pin.IRQ_FALLING} for both).
   */
  public void irq(Consumer<Pin> handler, int trigger) {
    Hw.get().pins.irq(id, handler == null ? null : () -> handler.accept(this), trigger);
  }

  /** {@code pin.irq(handler)}: both edges. */
  public void irq(Consumer<Pin> handler) {
    irq(handler, IRQ_RISING | IRQ_FALLING);
  }

  @Override
  public String toString() {
    return "Pin(" + id + ")";
  }
}
