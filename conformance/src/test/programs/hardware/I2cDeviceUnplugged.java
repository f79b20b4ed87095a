package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.I2C;
import dev.jmpy.machine.Pin;
import dev.jmpy.micropython.OSError;
import dev.jmpy.time.Time;

/** A sensor unplugged at 1.5 s: reads before work, reads after raise ENODEV, and scan() notices. */
@MicroPython
public class I2cDeviceUnplugged {
  public static void main(String[] args) {
    I2C i2c = new I2C(0, new Pin(22), new Pin(21));
    for (int i = 0; i < 4; i++) {
      try {
        byte[] value = i2c.readfromMem(0x48, 0x00, 2);
        System.out.println(Time.ticksMs() + ": " + value[0] + "." + value[1]);
      } catch (OSError e) {
        System.out.println(Time.ticksMs() + ": errno " + e.errno());
      }
      Time.sleepMs(500);
    }
    System.out.println("scan " + i2c.scan());
  }
}
