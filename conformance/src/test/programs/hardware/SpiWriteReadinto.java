package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Pin;
import dev.jmpy.machine.SPI;
import dev.jmpy.machine.SoftSPI;

/** write_readinto: the device answers one byte per byte clocked out; SoftSPI works the same way. */
@MicroPython
public class SpiWriteReadinto {
  public static void main(String[] args) {
    Pin cs = new Pin(15, Pin.OUT, -1, 1);
    SPI spi = new SoftSPI(500_000, new Pin(14), new Pin(13), new Pin(12));
    byte[] out = {(byte) 0x81, 0, 0, 0};
    byte[] in = new byte[4];
    cs.off();
    spi.writeReadinto(out, in);
    cs.on();
    System.out.println(in[0] + " " + in[1] + " " + in[2] + " " + in[3]);
  }
}
