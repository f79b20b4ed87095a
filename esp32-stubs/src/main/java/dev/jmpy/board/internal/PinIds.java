package dev.jmpy.board.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The GPIO number of each {@code machine.Pin} object, for the stubs of other packages (PWM, ADC,
 * I2C, esp32.wake_on_ext0) without a public method on Pin that MicroPython's Pin does not have.
 */
public final class PinIds {
  private static final Map<Object, Integer> IDS = Collections.synchronizedMap(new WeakHashMap<>());

  private PinIds() {}

  public static void register(Object pin, int id) {
    IDS.put(pin, id);
  }

  /** The pin's GPIO number; NullPointerException for a null pin, as the board's TypeError. */
  public static int of(Object pin) {
    Integer id = IDS.get(java.util.Objects.requireNonNull(pin, "pin"));
    if (id == null) {
      throw new IllegalArgumentException("expecting a Pin");
    }
    return id;
  }
}
