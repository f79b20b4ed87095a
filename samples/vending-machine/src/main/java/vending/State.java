package vending;

import dev.jmpy.annotations.MicroPython;

/** Where the machine is: waiting for coins, holding credit, or empty. */
@MicroPython
public enum State {
  IDLE,
  HAS_CREDIT,
  SOLD_OUT
}
