package vending;

import dev.jmpy.annotations.MicroPython;

/** What a command asks for. */
@MicroPython
public enum Verb {
  INSERT,
  SELECT,
  REFUND,
  RESTOCK,
  UNKNOWN
}
