package dev.jmpy.machine;

import dev.jmpy.annotations.PyFills;
import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;

/**
 * {@code machine.SPI}: a hardware SPI controller (ids 1 and 2). The program selects a device
 * with its own chip-select {@link Pin} (low while talking to it); on the simulated board the
 * device attached to that pin answers, and with none selected MISO reads 0xFF.
 */
@PyModule("machine")
public class SPI {
  /** {@code SPI.MSB}. */
  public static final int MSB = 0;
  /** {@code SPI.LSB}. */
  public static final int LSB = 1;

  /** {@code machine.SPI(id)}: the controller's default pins and settings. */
  public SPI(int id) {
    if (id < 1 || id > 2) {
      throw new IllegalArgumentException("SPI(" + id + ") doesn't exist");
    }
  }

  /** {@code machine.SPI(id, baudrate=hz, sck=sck, mosi=mosi, miso=miso)}. */
  public SPI(int id, @PyKeyword("baudrate") int baudrate, @PyKeyword("sck") Pin sck,
      @PyKeyword("mosi") Pin mosi, @PyKeyword("miso") Pin miso) {
    this(id);
  }

  /** For SoftSPI. */
  SPI(boolean soft) {}

  /** {@code spi.read(n)}: n bytes, clocking out 0x00. */
  public byte[] read(int n) {
    return read(n, 0);
  }

  /** {@code spi.read(n, write)}: n bytes, clocking out {@code write} each time. */
  public byte[] read(int n, int write) {
    byte[] out = new byte[n];
    java.util.Arrays.fill(out, (byte) write);
    return Hw.get().buses.transfer(out);
  }

  /** {@code spi.readinto(buf)}. */
  public void readinto(@PyFills byte[] buf) {
    readinto(buf, 0);
  }

  /** {@code spi.readinto(buf, write)}. */
  public void readinto(@PyFills byte[] buf, int write) {
    byte[] data = read(buf.length, write);
    System.arraycopy(data, 0, buf, 0, buf.length);
  }

  /** {@code spi.write(buf)}. */
  public void write(byte[] buf) {
    Hw.get().buses.transfer(buf);
  }

  /** {@code spi.write_readinto(wbuf, rbuf)}: both the same length. */
  public void writeReadinto(byte[] wbuf, @PyFills byte[] rbuf) {
    if (wbuf.length != rbuf.length) {
      throw new IllegalArgumentException("buffers must be the same length");
    }
    byte[] data = Hw.get().buses.transfer(wbuf);
    System.arraycopy(data, 0, rbuf, 0, rbuf.length);
  }

  /** {@code spi.deinit()}. */
  public void deinit() {}
}
