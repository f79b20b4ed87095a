package dev.jmpy.board.internal;

import dev.jmpy.board.I2cDevice;
import dev.jmpy.board.SpiDevice;
import dev.jmpy.micropython.OSError;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The I2C and SPI buses. I2C devices hang on a pair of pins (SCL, SDA), so the hardware
 * {@code I2C(0, scl=Pin(22), sda=Pin(21))} and {@code SoftI2C(scl=Pin(22), sda=Pin(21))} reach the
 * same devices. As on the ESP32 (legacy I2C driver of ports/esp32/machine_i2c.c): an address
 * nobody acknowledges raises OSError(ENODEV); a device holding the bus makes the transfer wait
 * for the bus timeout and raise OSError(ETIMEDOUT); {@code scan()} lists the addresses 0x08..0x77
 * that acknowledge. SPI devices are selected by their chip-select pin being low; with none
 * selected, MISO reads 0xFF (the line idles high).
 *
 * <p>History lines: {@code i2c <scl>,<sda> <addr> w <hex>} per write transaction, {@code r <n>}
 * per read, {@code spi <cs> w <hex>} per transfer (cs {@code -} when none is selected).
 */
public final class Buses {
  /** newlib's errno values, which the ESP32 port uses. */
  public static final int ENODEV = 19;
  public static final int ETIMEDOUT = 116;

  private final Hw hw;
  private final Map<String, TreeMap<Integer, I2cDevice>> i2c = new LinkedHashMap<>();
  private final Map<Integer, SpiDevice> spi = new TreeMap<>();
  private Integer selectedCs;

  Buses(Hw hw) {
    this.hw = hw;
  }

  void powerOn() {
    i2c.clear();
    spi.clear();
    selectedCs = null;
  }

  void reboot() {
    selectedCs = null;
  }

  private static String key(int scl, int sda) {
    return scl + "," + sda;
  }

  // ---------------------------------------------------------------- test side

  /** Attaches {@code device} to the I2C bus on these pins. */
  public void attach(int scl, int sda, I2cDevice device) {
    synchronized (hw) {
      i2c.computeIfAbsent(key(scl, sda), k -> new TreeMap<>()).put(device.address(), device);
    }
  }

  /** Removes the device at {@code address} (it no longer acknowledges). */
  public void detach(int scl, int sda, int address) {
    synchronized (hw) {
      TreeMap<Integer, I2cDevice> bus = i2c.get(key(scl, sda));
      if (bus != null) {
        bus.remove(address);
      }
    }
  }

  /** The device at {@code address} holds the bus from now on (it must be a RegisterDevice). */
  public void hang(int scl, int sda, int address) {
    synchronized (hw) {
      TreeMap<Integer, I2cDevice> bus = i2c.get(key(scl, sda));
      if (bus != null && bus.get(address) instanceof dev.jmpy.board.RegisterDevice device) {
        device.hang(true);
      }
    }
  }

  /** Attaches {@code device} to SPI, selected by pin {@code cs}. */
  public void attachSpi(int cs, SpiDevice device) {
    synchronized (hw) {
      spi.put(cs, device);
    }
  }

  // ---------------------------------------------------------------- I2C, program side

  private I2cDevice device(int scl, int sda, int address, int timeoutUs) throws OSError {
    I2cDevice device;
    synchronized (hw) {
      TreeMap<Integer, I2cDevice> bus = i2c.get(key(scl, sda));
      device = bus == null ? null : bus.get(address);
    }
    if (device == null) {
      throw new OSError(ENODEV);
    }
    if (device.hung()) {
      hw.sleepUs(timeoutUs);
      throw new OSError(ETIMEDOUT);
    }
    return device;
  }

  /** {@code scan()}. */
  public List<Integer> scan(int scl, int sda, int timeoutUs) {
    hw.runScheduled();
    List<Integer> found = new ArrayList<>();
    List<I2cDevice> devices;
    synchronized (hw) {
      TreeMap<Integer, I2cDevice> bus = i2c.get(key(scl, sda));
      devices = bus == null ? List.of() : List.copyOf(bus.values());
    }
    for (I2cDevice device : devices) {
      int address = device.address();
      if (address < 0x08 || address > 0x77) {
        continue;
      }
      if (device.hung()) {
        hw.sleepUs(timeoutUs);
        continue;
      }
      found.add(address);
    }
    return found;
  }

  /** A write transaction of {@code data} to {@code address}. */
  public void write(int scl, int sda, int address, byte[] data, int timeoutUs) throws OSError {
    hw.runScheduled();
    I2cDevice device = device(scl, sda, address, timeoutUs);
    hw.record("i2c " + key(scl, sda) + " " + hex2(address) + " w " + hex(data));
    device.write(data.clone());
  }

  /** A read transaction of {@code n} bytes from {@code address}. */
  public byte[] read(int scl, int sda, int address, int n, int timeoutUs) throws OSError {
    hw.runScheduled();
    I2cDevice device = device(scl, sda, address, timeoutUs);
    hw.record("i2c " + key(scl, sda) + " " + hex2(address) + " r " + n);
    byte[] data = device.read(n);
    if (data.length != n) {
      throw new IllegalStateException("I2C device at " + hex2(address) + " answered "
          + data.length + " bytes to a read of " + n);
    }
    return data;
  }

  // ---------------------------------------------------------------- SPI, program side

  /** A chip-select pin the program drives changed level. */
  void csChanged(int pin, int level) {
    SpiDevice device = spi.get(pin);
    if (device == null) {
      return;
    }
    if (level == 0) {
      selectedCs = pin;
      device.select();
    } else {
      if (selectedCs != null && selectedCs == pin) {
        selectedCs = null;
      }
      device.deselect();
    }
  }

  /** One SPI transfer: clocks out {@code mosi}, returns the MISO bytes. */
  public byte[] transfer(byte[] mosi) {
    hw.runScheduled();
    synchronized (hw) {
      Integer cs = selectedCs;
      hw.record("spi " + (cs == null ? "-" : cs) + " w " + hex(mosi));
      byte[] miso = new byte[mosi.length];
      SpiDevice device = cs == null ? null : spi.get(cs);
      for (int i = 0; i < mosi.length; i++) {
        miso[i] = (byte) (device == null ? 0xFF : device.exchange(mosi[i] & 0xFF));
      }
      return miso;
    }
  }

  static String hex(byte[] data) {
    return data.length == 0 ? "-" : HexFormat.of().formatHex(data);
  }

  static String hex2(int value) {
    return String.format("%02x", value);
  }
}
