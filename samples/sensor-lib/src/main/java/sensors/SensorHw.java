package sensors;

import dev.jmpy.annotations.PyModule;

/**
 * A typed stub of {@code sensor_hw}, a MicroPython module of the board (here a hand-written one in
 * this library's {@code micropython/} folder): Python names come from these declarations. On the
 * JVM it simulates the hardware with the same formula.
 */
@PyModule("sensor_hw")
public final class SensorHw {
  private SensorHw() {}

  /** {@code sensor_hw.read_raw(channel)}: a raw 12-bit reading. */
  public static int readRaw(int channel) {
    return (channel * 1237 + 91) % 4096;
  }

  /** {@code sensor_hw.label(channel)}. */
  public static String label(int channel) {
    return "ch" + channel;
  }
}
