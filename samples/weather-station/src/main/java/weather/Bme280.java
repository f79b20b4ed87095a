package weather;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.I2C;
import dev.jmpy.micropython.OSError;
import dev.jmpy.time.Time;

/**
 * A Bosch BME280 driver over I2C in integer arithmetic (datasheet BST-BME280-DS002): it reads the
 * trimming parameters once, starts a forced measurement, polls the status register until the
 * measurement is done, and compensates the raw values with the datasheet's integer formulas.
 */
@MicroPython
public class Bme280 {
  /** One compensated reading: 0.01 °C, Pa, 1/1024 %RH. */
  public record Reading(int centiCelsius, int pascal, int humidity1024) {}

  static final int CHIP_ID = 0x60;

  private final I2C i2c;
  private final int address;
  private int t1, t2, t3, p1, p2, p3, p4, p5, p6, p7, p8, p9, h1, h2, h3, h4, h5, h6;
  private int tFine;

  /** Reads the chip id and the trimming parameters: OSError(ENODEV) when no sensor answers. */
  public Bme280(I2C i2c, int address) throws OSError {
    this.i2c = i2c;
    this.address = address;
    int id = i2c.readfromMem(address, 0xD0, 1)[0] & 0xFF;
    if (id != CHIP_ID) {
      throw new IllegalStateException("not a BME280: chip id " + id);
    }
    byte[] c = i2c.readfromMem(address, 0x88, 26);
    t1 = u16(c, 0);
    t2 = s16(c, 2);
    t3 = s16(c, 4);
    p1 = u16(c, 6);
    p2 = s16(c, 8);
    p3 = s16(c, 10);
    p4 = s16(c, 12);
    p5 = s16(c, 14);
    p6 = s16(c, 16);
    p7 = s16(c, 18);
    p8 = s16(c, 20);
    p9 = s16(c, 22);
    h1 = c[25] & 0xFF;
    byte[] e = i2c.readfromMem(address, 0xE1, 7);
    h2 = s16(e, 0);
    h3 = e[2] & 0xFF;
    h4 = (e[3] << 4) | (e[4] & 0x0F);
    h5 = (e[5] << 4) | ((e[4] & 0xFF) >> 4);
    h6 = e[6];
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8);
  }

  private static int s16(byte[] b, int i) {
    return (short) u16(b, i);
  }

  /**
   * One forced measurement (oversampling x1 for all three): polls "measuring" every 2 ms. A hung
   * sensor never clears it; the watchdog is what ends that.
   */
  public Reading measure() throws OSError {
    i2c.writetoMem(address, 0xF2, new byte[] {0x01});
    i2c.writetoMem(address, 0xF4, new byte[] {0x25});
    while ((i2c.readfromMem(address, 0xF3, 1)[0] & 0x08) != 0) {
      Time.sleepMs(2);
    }
    byte[] d = i2c.readfromMem(address, 0xF7, 8);
    int adcP = ((d[0] & 0xFF) << 12) | ((d[1] & 0xFF) << 4) | ((d[2] & 0xFF) >> 4);
    int adcT = ((d[3] & 0xFF) << 12) | ((d[4] & 0xFF) << 4) | ((d[5] & 0xFF) >> 4);
    int adcH = ((d[6] & 0xFF) << 8) | (d[7] & 0xFF);
    int temperature = compensateTemperature(adcT);
    return new Reading(temperature, compensatePressure(adcP), compensateHumidity(adcH));
  }

  private int compensateTemperature(int adcT) {
    int var1 = (((adcT >> 3) - (t1 << 1)) * t2) >> 11;
    int var2 = (((((adcT >> 4) - t1) * ((adcT >> 4) - t1)) >> 12) * t3) >> 14;
    tFine = var1 + var2;
    return (tFine * 5 + 128) >> 8;
  }

  private int compensatePressure(int adcP) {
    long var1 = (long) tFine - 128000;
    long var2 = var1 * var1 * p6;
    var2 = var2 + ((var1 * p5) << 17);
    var2 = var2 + ((long) p4 << 35);
    var1 = ((var1 * var1 * p3) >> 8) + ((var1 * p2) << 12);
    var1 = (((1L << 47) + var1) * p1) >> 33;
    if (var1 == 0) {
      return 0;
    }
    long p = 1048576 - adcP;
    p = (((p << 31) - var2) * 3125) / var1;
    var1 = ((long) p9 * (p >> 13) * (p >> 13)) >> 25;
    var2 = ((long) p8 * p) >> 19;
    return (int) ((((p + var1 + var2) >> 8) + ((long) p7 << 4)) >> 8);
  }

  private int compensateHumidity(int adcH) {
    int v = tFine - 76800;
    v = ((((adcH << 14) - (h4 << 20) - (h5 * v)) + 16384) >> 15)
        * (((((((v * h6) >> 10) * (((v * h3) >> 11) + 32768)) >> 10) + 2097152) * h2 + 8192) >> 14);
    v = v - (((((v >> 15) * (v >> 15)) >> 7) * h1) >> 4);
    v = v < 0 ? 0 : v;
    v = v > 419430400 ? 419430400 : v;
    return v >> 12;
  }
}
