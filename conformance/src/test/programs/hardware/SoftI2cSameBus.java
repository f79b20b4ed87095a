package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.I2C;
import dev.jmpy.machine.Pin;
import dev.jmpy.machine.SoftI2C;
import dev.jmpy.micropython.OSError;

/** SoftI2C on the same pins reaches the same devices as the hardware controller. */
@MicroPython
public class SoftI2cSameBus {
  static int readId(I2C bus) throws OSError {
    return bus.readfromMem(0x76, 0xD0, 1)[0];
  }

  public static void main(String[] args) throws OSError {
    I2C hard = new I2C(0, new Pin(22), new Pin(21));
    I2C soft = new SoftI2C(new Pin(22), new Pin(21), 100_000);
    System.out.println("hard " + readId(hard) + " soft " + readId(soft));
    System.out.println("soft scan " + soft.scan());
  }
}
