package dev.jmpy.board;

/**
 * A device on the simulated SPI bus, selected by its chip-select pin (a program output, active
 * low): while the pin is low every byte the program clocks out reaches it, and it answers one
 * byte for each. Attach it with {@link Board#spi(int, SpiDevice)}.
 */
public interface SpiDevice {
  /** Chip select went low: a transaction starts. */
  void select();

  /** One full-duplex byte: {@code mosi} in (0..255), the MISO byte out (0..255). */
  int exchange(int mosi);

  /** Chip select went high. */
  default void deselect() {}
}
