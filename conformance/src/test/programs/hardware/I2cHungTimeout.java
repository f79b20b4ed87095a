package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.I2C;
import dev.jmpy.machine.Pin;
import dev.jmpy.micropython.OSError;
import dev.jmpy.time.Time;

/**
 * A device that starts holding the bus: transfers wait for the bus timeout (50 ms) and raise
 * OSError(ETIMEDOUT), errno 116 on the ESP32; scan() skips it.
 */
@MicroPython
public class I2cHungTimeout {
  public static void main(String[] args) {
    I2C i2c = new I2C(0, new Pin(22), new Pin(21));
    for (int i = 0; i < 3; i++) {
      int start = Time.ticksMs();
      try {
        i2c.writeto(0x40, new byte[] {(byte) 0xE3});
        System.out.println("write ok");
      } catch (OSError e) {
        System.out.println("errno " + e.errno() + " after " + Time.ticksDiff(Time.ticksMs(), start) + " ms");
      }
      Time.sleepMs(100);
    }
    System.out.println("scan " + i2c.scan());
  }
}
