package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.I2C;
import dev.jmpy.machine.Pin;
import dev.jmpy.micropython.OSError;

/** A register-map device: writeto_mem, readfrom_mem, readfrom_mem_into a Java buffer, readfrom. */
@MicroPython
public class I2cRegisters {
  public static void main(String[] args) throws OSError {
    I2C i2c = new I2C(1, new Pin(25), new Pin(26));
    i2c.writetoMem(0x50, 0x10, new byte[] {1, 2, (byte) 200});
    byte[] back = i2c.readfromMem(0x50, 0x10, 3);
    System.out.println("read " + back[0] + " " + back[1] + " " + back[2]);
    byte[] buf = new byte[4];
    i2c.readfromMemInto(0x50, 0x0F, buf);
    System.out.println("into " + buf[0] + " " + buf[1] + " " + buf[2] + " " + buf[3]);
    int acked = i2c.writeto(0x50, new byte[] {0x20, 7});
    byte[] next = i2c.readfrom(0x50, 2);
    System.out.println("acked " + acked + ", then " + next[0] + " " + next[1]);
    byte[] id = new byte[1];
    i2c.readfromInto(0x50, id);
    System.out.println("pointer moved on: " + id[0]);
  }
}
