package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Pin;
import dev.jmpy.machine.SPI;

/** An SPI device selected by its chip-select pin: register read with bit 7 set, then a write. */
@MicroPython
public class SpiRegisters {
  public static void main(String[] args) {
    SPI spi = new SPI(2, 1_000_000, new Pin(18), new Pin(23), new Pin(19));
    Pin cs = new Pin(5, Pin.OUT, -1, 1);
    byte[] idle = spi.read(1);
    System.out.println("unselected " + (idle[0] & 0xFF));
    cs.off();
    spi.write(new byte[] {(byte) 0xD0});
    byte[] id = spi.read(2);
    cs.on();
    System.out.println("id " + (id[0] & 0xFF) + " next " + id[1]);
    cs.off();
    spi.write(new byte[] {0x74, 0x25});
    cs.on();
    cs.off();
    byte[] back = new byte[2];
    spi.write(new byte[] {(byte) 0xF4});
    spi.readinto(back);
    cs.on();
    System.out.println("ctrl " + back[0] + " " + back[1]);
  }
}
