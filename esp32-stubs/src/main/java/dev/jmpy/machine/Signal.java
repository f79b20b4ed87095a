package dev.jmpy.machine;

import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;

/** {@code machine.Signal}: a pin seen as active or inactive, optionally inverted. */
@PyModule("machine")
public class Signal {
  private final Pin pin;
  private final boolean invert;

  /** {@code machine.Signal(pin)}. */
  public Signal(Pin pin) {
    this(pin, false);
  }

  /** {@code machine.Signal(pin, invert=invert)}: with invert, active is level 0. */
  public Signal(Pin pin, @PyKeyword("invert") boolean invert) {
    this.pin = pin;
    this.invert = invert;
  }

  /** {@code signal.value()}: 1 when active. */
  public int value() {
    return pin.value() ^ (invert ? 1 : 0);
  }

  /** {@code signal.value(v)}. */
  public void value(int v) {
    pin.value((v != 0 ? 1 : 0) ^ (invert ? 1 : 0));
  }

  /** {@code signal.on()}: active. */
  public void on() {
    value(1);
  }

  /** {@code signal.off()}: inactive. */
  public void off() {
    value(0);
  }
}
