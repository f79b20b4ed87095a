package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.I2C;
import dev.jmpy.machine.Pin;
import dev.jmpy.micropython.Errno;
import dev.jmpy.micropython.OSError;
import java.util.List;

/** scan() lists only the attached devices; an address nobody answers raises OSError(ENODEV). */
@MicroPython
public class I2cScanEnodev {
  public static void main(String[] args) {
    I2C i2c = new I2C(0, new Pin(22), new Pin(21), 400_000);
    List<Integer> found = i2c.scan();
    System.out.println("found " + found);
    for (int address : new int[] {0x3C, 0x48, 0x76}) {
      try {
        byte[] data = i2c.readfrom(address, 1);
        System.out.println(address + " answered " + data.length + " byte");
      } catch (OSError e) {
        System.out.println(address + ": errno " + e.errno() + (e.errno() == Errno.ENODEV ? " ENODEV" : ""));
      }
    }
  }
}
