package dev.jmpy.board;

/**
 * A generic register-map device, 256 8-bit registers and an address pointer, as most I2C and SPI
 * sensors are. Over I2C: a write's first byte sets the pointer and the following bytes fill
 * registers from it; a read returns registers from the pointer; the pointer increments (wrapping
 * at 256). Over SPI: the first byte after chip select is the register address, bit 7 set for a
 * read; the following bytes read or write registers from it. Subclasses model behaviour by
 * overriding {@link #onRead} and {@link #onWrite} ({@link Bme280} does).
 */
public class RegisterDevice implements I2cDevice, SpiDevice {
  private final int address;
  /** The registers, 0..255 each. */
  protected final int[] registers = new int[256];
  private int pointer;
  private boolean hung;
  private int spiState;
  private boolean spiRead;

  /** A device at I2C address {@code address} (any value for SPI), registers all 0. */
  public RegisterDevice(int address) {
    this.address = address;
  }

  @Override
  public int address() {
    return address;
  }

  /** Sets registers from {@code first} on (values 0..255; bytes are taken unsigned). */
  public RegisterDevice set(int first, int... values) {
    for (int i = 0; i < values.length; i++) {
      registers[(first + i) & 0xFF] = values[i] & 0xFF;
    }
    return this;
  }

  /** A register's value, as the program last left it. */
  public int get(int register) {
    return registers[register & 0xFF];
  }

  /** Makes the device hold the bus from now on (or let go of it). */
  public RegisterDevice hang(boolean holdsBus) {
    hung = holdsBus;
    return this;
  }

  @Override
  public boolean hung() {
    return hung;
  }

  /** What a read of {@code register} returns; by default its stored value. */
  protected int onRead(int register) {
    return registers[register];
  }

  /** A write of {@code value} to {@code register}; by default stores it. */
  protected void onWrite(int register, int value) {
    registers[register] = value;
  }

  @Override
  public void write(byte[] data) {
    if (data.length == 0) {
      return;
    }
    pointer = data[0] & 0xFF;
    for (int i = 1; i < data.length; i++) {
      onWrite(pointer, data[i] & 0xFF);
      pointer = (pointer + 1) & 0xFF;
    }
  }

  @Override
  public byte[] read(int n) {
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) onRead(pointer);
      pointer = (pointer + 1) & 0xFF;
    }
    return out;
  }

  @Override
  public void select() {
    spiState = 0;
  }

  @Override
  public int exchange(int mosi) {
    if (spiState == 0) {
      spiState = 1;
      spiRead = (mosi & 0x80) != 0;
      pointer = mosi & 0x7F;
      return 0xFF;
    }
    int out;
    if (spiRead) {
      out = onRead(pointer);
    } else {
      onWrite(pointer, mosi & 0xFF);
      out = 0xFF;
    }
    pointer = (pointer + 1) & 0x7F;
    return out;
  }
}
