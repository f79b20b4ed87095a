package garden;

import dev.jmpy.annotations.MicroPython;

/** The plant-watering controller that showed the three miscompiles. */
@MicroPython
public class Planter {
  public static void main(String[] args) {
    Pin pump = new Pin(5, Pin.OUT);
    pump.value(1);
    I2C i2c = new I2C(0, new Pin(22), new Pin(21), 400_000);
    i2c.writetoMem(0x76, 0xF4, new byte[] {0x27});
    byte[] raw = i2c.readfromMem(0x76, 0xF7, 3);
    i2c.writetoMem(0x76, 0xF5, raw);
    byte[] buf = new byte[3];
    i2c.readfromMemInto(0x76, 0xF7, buf);
    System.out.println(buf[0] + raw[1]);
    if (Board.resetCause() == Board.DEEPSLEEP_RESET) {
      System.out.println("woke");
    }
  }
}
