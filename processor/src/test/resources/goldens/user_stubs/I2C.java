package garden;

import dev.jmpy.annotations.PyFills;
import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;

/** A user's own stub of machine.I2C: the ESP32 takes pins and frequency by keyword only. */
@PyModule("machine")
public class I2C {
  public I2C(int id, @PyKeyword("scl") Pin scl, @PyKeyword("sda") Pin sda,
      @PyKeyword("freq") int freq) {}

  public void writetoMem(int addr, int memaddr, byte[] buf) {}

  public byte[] readfromMem(int addr, int memaddr, int n) {
    return new byte[n];
  }

  public void readfromMemInto(int addr, int memaddr, @PyFills byte[] buf) {}
}
