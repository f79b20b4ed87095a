package dev.jmpy.board;

/**
 * A device on a simulated I2C bus, at a 7-bit address: it sees each transaction the program
 * makes ({@code writeto}, {@code readfrom}, {@code writeto_mem} as one write, {@code readfrom_mem}
 * as a write of the register address then a read). Attach it with {@link Board#i2c(int, int)}.
 */
public interface I2cDevice {
  /** The 7-bit address it answers. */
  int address();

  /** A write transaction: the bytes after the address byte. */
  void write(byte[] data);

  /** A read transaction of {@code n} bytes. */
  byte[] read(int n);

  /**
   * Whether the device holds the bus (clock stretching without end): every transfer to it then
   * takes the bus timeout and fails with OSError(ETIMEDOUT), as on the ESP32.
   */
  default boolean hung() {
    return false;
  }
}
