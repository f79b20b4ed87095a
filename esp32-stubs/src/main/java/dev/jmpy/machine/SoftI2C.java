package dev.jmpy.machine;

import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;

/**
 * {@code machine.SoftI2C}: I2C bit-banged on any two pins, with the same methods as
 * {@link I2C}. In Java it is an I2C, so a driver can take either; in MicroPython they are two
 * classes with the same protocol. On the simulated board both reach the devices wired to the
 * same pins.
 */
@PyModule("machine")
public class SoftI2C extends I2C {
  /** {@code machine.SoftI2C(scl, sda)}: 400 kHz. */
  public SoftI2C(Pin scl, Pin sda) {
    super(scl, sda, 400_000, true);
  }

  /** {@code machine.SoftI2C(scl, sda, freq=hz)}. */
  public SoftI2C(Pin scl, Pin sda, @PyKeyword("freq") int freq) {
    super(scl, sda, freq, true);
  }
}
