package dev.jmpy.machine;

import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;

/** {@code machine.SoftSPI}: SPI bit-banged on any pins, with the methods of {@link SPI}. */
@PyModule("machine")
public class SoftSPI extends SPI {
  /** {@code machine.SoftSPI(baudrate=hz, sck=sck, mosi=mosi, miso=miso)}. */
  public SoftSPI(@PyKeyword("baudrate") int baudrate, @PyKeyword("sck") Pin sck,
      @PyKeyword("mosi") Pin mosi, @PyKeyword("miso") Pin miso) {
    super(true);
  }
}
