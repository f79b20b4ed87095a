package dev.jmpy.board;

import dev.jmpy.board.internal.Hw;
import java.util.function.LongUnaryOperator;

/**
 * A Bosch BME280 (temperature, pressure, humidity) on I2C, modelled from its datasheet
 * (BST-BME280-DS002): chip id 0x60 at 0xD0, soft reset (0xB6 to 0xE0), ctrl_hum 0xF2 (taking
 * effect at the next ctrl_meas write), status 0xF3 (bit 3 "measuring"), ctrl_meas 0xF4
 * (oversampling and mode), config 0xF5, burst data 0xF7..0xFE, and the trimming parameters at
 * 0x88..0xA1 and 0xE1..0xE7.
 *
 * <p>The environment is given in the datasheet's output units: temperature in 0.01 °C, pressure
 * in Pa, humidity in 1/1024 %RH, each constant or a function of board time. A forced
 * measurement (mode 01 or 10 written to ctrl_meas) samples the environment when it starts,
 * keeps "measuring" set for the datasheet's maximum measurement time (1.25 ms + 2.3 ms per
 * temperature/pressure/humidity oversample, + 0.575 ms for pressure and humidity each, rounded up
 * to whole ms) and then updates the data registers with the raw ADC values that the datasheet's
 * integer compensation turns into the sampled values (the nearest the 20/16-bit ADCs allow).
 * Normal mode (11) shows a fresh measurement at every read. {@link #hang()} models a sensor that
 * never finishes: "measuring" stays set and the data never changes.
 */
public class Bme280 extends RegisterDevice {
  /** The default I2C address (SDO to GND); 0x77 with SDO to VDDIO. */
  public static final int ADDRESS = 0x76;

  // Trimming parameters: the BMP280 datasheet's worked example for T and P, typical H values.
  private final int digT1 = 27504;
  private final int digT2 = 26435;
  private final int digT3 = -1000;
  private final int digP1 = 36477;
  private final int digP2 = -10685;
  private final int digP3 = 3024;
  private final int digP4 = 2855;
  private final int digP5 = 140;
  private final int digP6 = -7;
  private final int digP7 = 15500;
  private final int digP8 = -14600;
  private final int digP9 = 6000;
  private final int digH1 = 75;
  private final int digH2 = 362;
  private final int digH3 = 0;
  private final int digH4 = 324;
  private final int digH5 = 0;
  private final int digH6 = 30;

  private LongUnaryOperator temperature = t -> 2150;
  private LongUnaryOperator pressure = t -> 101_325;
  private LongUnaryOperator humidity = t -> 47_445;
  private int ctrlHumLatched;
  private long measureDoneMs = -1;
  private int[] pendingData;
  private boolean stuck;

  /** A BME280 at {@link #ADDRESS}. */
  public Bme280() {
    this(ADDRESS);
  }

  /** A BME280 at {@code address} (0x76 or 0x77). */
  public Bme280(int address) {
    super(address);
    reset();
  }

  /** Temperature in 0.01 °C, constant. */
  public Bme280 temperature(int centiCelsius) {
    temperature = t -> centiCelsius;
    return this;
  }

  /** Temperature in 0.01 °C as a function of board time in ms. */
  public Bme280 temperature(LongUnaryOperator centiCelsiusOfMs) {
    temperature = centiCelsiusOfMs;
    return this;
  }

  /** Pressure in Pa, constant. */
  public Bme280 pressure(int pascal) {
    pressure = t -> pascal;
    return this;
  }

  /** Pressure in Pa as a function of board time in ms. */
  public Bme280 pressure(LongUnaryOperator pascalOfMs) {
    pressure = pascalOfMs;
    return this;
  }

  /** Relative humidity in 1/1024 % (the datasheet's unit: 47445 is 46.333 %), constant. */
  public Bme280 humidity(int rh1024) {
    humidity = t -> rh1024;
    return this;
  }

  /** Humidity in 1/1024 %RH as a function of board time in ms. */
  public Bme280 humidity(LongUnaryOperator rh1024OfMs) {
    humidity = rh1024OfMs;
    return this;
  }

  /** From now on a measurement never ends ("measuring" stays set, the data stay as they are). */
  public Bme280 hang() {
    stuck = true;
    return this;
  }

  private void reset() {
    java.util.Arrays.fill(registers, 0);
    registers[0xD0] = 0x60;
    putLe16(0x88, digT1);
    putLe16(0x8A, digT2);
    putLe16(0x8C, digT3);
    putLe16(0x8E, digP1);
    putLe16(0x90, digP2);
    putLe16(0x92, digP3);
    putLe16(0x94, digP4);
    putLe16(0x96, digP5);
    putLe16(0x98, digP6);
    putLe16(0x9A, digP7);
    putLe16(0x9C, digP8);
    putLe16(0x9E, digP9);
    registers[0xA1] = digH1;
    putLe16(0xE1, digH2);
    registers[0xE3] = digH3;
    registers[0xE4] = (digH4 >> 4) & 0xFF;
    registers[0xE5] = ((digH5 & 0x0F) << 4) | (digH4 & 0x0F);
    registers[0xE6] = (digH5 >> 4) & 0xFF;
    registers[0xE7] = digH6 & 0xFF;
    // Data registers after reset: 0x80000 (T, P) and 0x8000 (H).
    putData(new int[] {0x80, 0x00, 0x00, 0x80, 0x00, 0x00, 0x80, 0x00});
    ctrlHumLatched = 0;
    measureDoneMs = -1;
    pendingData = null;
  }

  private void putLe16(int register, int value) {
    registers[register] = value & 0xFF;
    registers[register + 1] = (value >> 8) & 0xFF;
  }

  private void putData(int[] data) {
    System.arraycopy(data, 0, registers, 0xF7, 8);
  }

  private static long now() {
    return Hw.get().nowMs();
  }

  /** Oversampling factor of a 3-bit osrs field (0: skipped). */
  private static int factor(int osrs) {
    return osrs == 0 ? 0 : 1 << Math.min(osrs - 1, 4);
  }

  @Override
  protected void onWrite(int register, int value) {
    switch (register) {
      case 0xE0 -> {
        if (value == 0xB6) {
          reset();
        }
      }
      case 0xF2 -> registers[0xF2] = value & 0x07;
      case 0xF4 -> {
        registers[0xF4] = value;
        ctrlHumLatched = registers[0xF2];
        int mode = value & 0x03;
        if (mode == 1 || mode == 2) {
          startMeasurement();
        }
      }
      case 0xF5 -> registers[0xF5] = value & 0xFD;
      default -> {
        // read-only registers ignore writes
      }
    }
  }

  private void startMeasurement() {
    int osT = factor((registers[0xF4] >> 5) & 7);
    int osP = factor((registers[0xF4] >> 2) & 7);
    int osH = factor(ctrlHumLatched & 7);
    long us = 1250 + 2300L * osT + (osP > 0 ? 2300L * osP + 575 : 0)
        + (osH > 0 ? 2300L * osH + 575 : 0);
    long started = now();
    measureDoneMs = started + (us + 999) / 1000;
    pendingData = stuck ? null : sample(started, osT > 0, osP > 0, osH > 0);
  }

  private void settle() {
    if (stuck) {
      return;
    }
    if ((registers[0xF4] & 0x03) == 3) {
      putData(sample(now(), true, true, true));
      return;
    }
    if (measureDoneMs >= 0 && now() >= measureDoneMs) {
      if (pendingData != null) {
        putData(pendingData);
      }
      measureDoneMs = -1;
      pendingData = null;
      registers[0xF4] &= ~0x03; // back to sleep mode after a forced measurement
    }
  }

  @Override
  protected int onRead(int register) {
    settle();
    if (register == 0xF3) {
      return measureDoneMs >= 0 ? 0x08 : 0x00; // a hung sensor never clears it
    }
    return registers[register];
  }

  @Override
  public byte[] read(int n) {
    settle();
    return super.read(n);
  }

  // ---------------------------------------------------------------- raw values

  private int[] sample(long atMs, boolean withT, boolean withP, boolean withH) {
    int adcT = withT ? rawTemperature((int) temperature.applyAsLong(atMs)) : 0x80000;
    long tFine = tFine(withT ? adcT : rawTemperature(2500));
    int adcP = withP ? rawPressure(tFine, (int) pressure.applyAsLong(atMs)) : 0x80000;
    int adcH = withH ? rawHumidity(tFine, (int) humidity.applyAsLong(atMs)) : 0x8000;
    return new int[] {
        (adcP >> 12) & 0xFF, (adcP >> 4) & 0xFF, (adcP & 0x0F) << 4,
        (adcT >> 12) & 0xFF, (adcT >> 4) & 0xFF, (adcT & 0x0F) << 4,
        (adcH >> 8) & 0xFF, adcH & 0xFF};
  }

  /** The datasheet's t_fine for a raw temperature (section 4.2.3, 32-bit integer formula). */
  long tFine(long adcT) {
    long var1 = (((adcT >> 3) - ((long) digT1 << 1)) * digT2) >> 11;
    long d = (adcT >> 4) - digT1;
    long var2 = (((d * d) >> 12) * digT3) >> 14;
    return var1 + var2;
  }

  /** Compensated temperature in 0.01 °C. */
  long compensateT(long adcT) {
    return (tFine(adcT) * 5 + 128) >> 8;
  }

  /** Compensated pressure in Pa (the datasheet's 32-bit formula). */
  long compensateP(long tFine, long adcP) {
    long var1 = (tFine >> 1) - 64000;
    long var2 = (((var1 >> 2) * (var1 >> 2)) >> 11) * digP6;
    var2 = var2 + ((var1 * digP5) << 1);
    var2 = (var2 >> 2) + ((long) digP4 << 16);
    var1 = (((digP3 * (((var1 >> 2) * (var1 >> 2)) >> 13)) >> 3) + ((digP2 * var1) >> 1)) >> 18;
    var1 = ((32768 + var1) * digP1) >> 15;
    if (var1 == 0) {
      return 0;
    }
    long p = ((1048576 - adcP) - (var2 >> 12)) * 3125;
    if (p < 0x80000000L) {
      p = (p << 1) / var1;
    } else {
      p = (p / var1) * 2;
    }
    var1 = (digP9 * (((p >> 3) * (p >> 3)) >> 13)) >> 12;
    var2 = ((p >> 2) * digP8) >> 13;
    return p + ((var1 + var2 + digP7) >> 4);
  }

  /** Compensated humidity in 1/1024 %RH (the datasheet's 32-bit formula). */
  long compensateH(long tFine, long adcH) {
    long v = tFine - 76800;
    v = (((adcH << 14) - ((long) digH4 << 20) - (digH5 * v) + 16384) >> 15)
        * (((((((v * digH6) >> 10) * (((v * digH3) >> 11) + 32768)) >> 10) + 2097152) * digH2
            + 8192) >> 14);
    v = v - (((((v >> 15) * (v >> 15)) >> 7) * digH1) >> 4);
    v = Math.max(0, Math.min(v, 419430400));
    return v >> 12;
  }

  /** The smallest raw temperature whose compensation reaches {@code centiC}. */
  int rawTemperature(int centiC) {
    int low = 0;
    int high = (1 << 20) - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (compensateT(mid) >= centiC) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** The smallest raw pressure whose compensation is at most {@code pa} (it falls as adc rises). */
  int rawPressure(long tFine, int pa) {
    int low = 0;
    int high = (1 << 20) - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (compensateP(tFine, mid) <= pa) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** The smallest raw humidity whose compensation reaches {@code rh1024}. */
  int rawHumidity(long tFine, int rh1024) {
    int low = 0;
    int high = (1 << 16) - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (compensateH(tFine, mid) >= rh1024) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
