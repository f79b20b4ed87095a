package garden;

import dev.jmpy.annotations.PyModule;

/** A user's own stub of machine.Pin: its constants stay attributes of the class. */
@PyModule("machine")
public class Pin {
  public static final int OUT = 3;
  public static final int IN = 1;

  public Pin(int id) {}

  public Pin(int id, int mode) {}

  public void value(int v) {}
}
