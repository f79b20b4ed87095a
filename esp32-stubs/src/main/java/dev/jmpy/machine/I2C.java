package dev.jmpy.machine;

import dev.jmpy.annotations.PyFills;
import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;
import dev.jmpy.board.internal.PinIds;
import dev.jmpy.micropython.OSError;
import java.util.List;

/**
 * {@code machine.I2C}: a hardware I2C controller (ids 0 and 1). The ESP32 takes the pins and the
 * frequency by keyword only: {@code new I2C(0, scl, sda, 400_000)} becomes
 * {@code machine.I2C(0, scl=scl, sda=sda, freq=400000)}. A device that does not answer raises
 * {@code OSError(ENODEV)} ({@link dev.jmpy.micropython.Errno#ENODEV}), one that holds the bus
 * {@code OSError(ETIMEDOUT)} after the bus timeout (50 ms). Buffers are {@code byte[]}, buffers
 * on the board; results are {@code bytes} on the board and {@code byte[]} in Java.
 */
@PyModule("machine")
public class I2C {
  /** The bus timeout the ports use when none is given: 50 ms. */
  static final int DEFAULT_TIMEOUT_US = 50_000;

  final int scl;
  final int sda;
  final int freq;

  /** {@code machine.I2C(id, scl=scl, sda=sda)}: 400 kHz. */
  public I2C(int id, @PyKeyword("scl") Pin scl, @PyKeyword("sda") Pin sda) {
    this(id, scl, sda, 400_000);
  }

  /** {@code machine.I2C(id, scl=scl, sda=sda, freq=hz)}. */
  public I2C(int id, @PyKeyword("scl") Pin scl, @PyKeyword("sda") Pin sda,
      @PyKeyword("freq") int freq) {
    if (id < 0 || id > 1) {
      throw new IllegalArgumentException("I2C(" + id + ") doesn't exist");
    }
    this.scl = PinIds.of(scl);
    this.sda = PinIds.of(sda);
    this.freq = freq;
  }

  /** For SoftI2C. */
  I2C(Pin scl, Pin sda, int freq, boolean soft) {
    this.scl = PinIds.of(scl);
    this.sda = PinIds.of(sda);
    this.freq = freq;
  }

  /** {@code i2c.scan()}: the 7-bit addresses (0x08-0x77) that acknowledge, ascending. */
  public List<Integer> scan() {
    return Hw.get().buses.scan(scl, sda, DEFAULT_TIMEOUT_US);
  }

  /** {@code i2c.readfrom(addr, n)}: n bytes read from the device. */
  public byte[] readfrom(int addr, int n) throws OSError {
    return Hw.get().buses.read(scl, sda, addr, n, DEFAULT_TIMEOUT_US);
  }

  /** {@code i2c.readfrom_into(addr, buf)}: fills buf from the device. */
  public void readfromInto(int addr, @PyFills byte[] buf) throws OSError {
    byte[] data = Hw.get().buses.read(scl, sda, addr, buf.length, DEFAULT_TIMEOUT_US);
    System.arraycopy(data, 0, buf, 0, buf.length);
  }

  /** {@code i2c.writeto(addr, buf)}: returns the number of bytes acknowledged. */
  public int writeto(int addr, byte[] buf) throws OSError {
    Hw.get().buses.write(scl, sda, addr, buf, DEFAULT_TIMEOUT_US);
    return buf.length;
  }

  /** {@code i2c.readfrom_mem(addr, memaddr, n)}: writes the register address, reads n bytes. */
  public byte[] readfromMem(int addr, int memaddr, int n) throws OSError {
    Hw.get().buses.write(scl, sda, addr, new byte[] {(byte) memaddr}, DEFAULT_TIMEOUT_US);
    return Hw.get().buses.read(scl, sda, addr, n, DEFAULT_TIMEOUT_US);
  }

  /** {@code i2c.readfrom_mem_into(addr, memaddr, buf)}. */
  public void readfromMemInto(int addr, int memaddr, @PyFills byte[] buf) throws OSError {
    byte[] data = readfromMem(addr, memaddr, buf.length);
    System.arraycopy(data, 0, buf, 0, buf.length);
  }

  /** {@code i2c.writeto_mem(addr, memaddr, buf)}: one write of the register address then buf. */
  public void writetoMem(int addr, int memaddr, byte[] buf) throws OSError {
    byte[] data = new byte[buf.length + 1];
    data[0] = (byte) memaddr;
    System.arraycopy(buf, 0, data, 1, buf.length);
    Hw.get().buses.write(scl, sda, addr, data, DEFAULT_TIMEOUT_US);
  }
}
