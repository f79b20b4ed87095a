package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.I2C;
import dev.jmpy.machine.Pin;
import dev.jmpy.micropython.OSError;
import dev.jmpy.time.Time;

/**
 * A BME280 driver in integer arithmetic: the trimming parameters, a forced measurement polled on
 * the status register, and the datasheet's compensation formulas.
 */
@MicroPython
public class Bme280Driver {
  final I2C i2c;
  final int address;
  int t1, t2, t3, p1, p2, p3, p4, p5, p6, p7, p8, p9, h1, h2, h3, h4, h5, h6;
  int tFine;

  Bme280Driver(I2C i2c, int address) throws OSError {
    this.i2c = i2c;
    this.address = address;
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

  static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8);
  }

  static int s16(byte[] b, int i) {
    return (short) u16(b, i);
  }

  int chipId() throws OSError {
    return i2c.readfromMem(address, 0xD0, 1)[0] & 0xFF;
  }

  /** Starts a forced measurement and waits for it; returns the 8 raw data bytes. */
  byte[] measure() throws OSError {
    i2c.writetoMem(address, 0xF2, new byte[] {0x01});
    i2c.writetoMem(address, 0xF4, new byte[] {0x25});
    int polls = 0;
    while ((i2c.readfromMem(address, 0xF3, 1)[0] & 0x08) != 0) {
      polls++;
      Time.sleepMs(2);
    }
    System.out.println("ready after " + polls + " polls");
    return i2c.readfromMem(address, 0xF7, 8);
  }

  int temperature(int adcT) {
    int var1 = (((adcT >> 3) - (t1 << 1)) * t2) >> 11;
    int var2 = (((((adcT >> 4) - t1) * ((adcT >> 4) - t1)) >> 12) * t3) >> 14;
    tFine = var1 + var2;
    return (tFine * 5 + 128) >> 8;
  }

  long pressure(int adcP) {
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
    return ((p + var1 + var2) >> 8) + ((long) p7 << 4);
  }

  int humidity(int adcH) {
    int v = tFine - 76800;
    v = ((((adcH << 14) - (h4 << 20) - (h5 * v)) + 16384) >> 15)
        * (((((((v * h6) >> 10) * (((v * h3) >> 11) + 32768)) >> 10) + 2097152) * h2 + 8192) >> 14);
    v = v - (((((v >> 15) * (v >> 15)) >> 7) * h1) >> 4);
    v = v < 0 ? 0 : v;
    v = v > 419430400 ? 419430400 : v;
    return v >> 12;
  }

  public static void main(String[] args) throws OSError {
    I2C i2c = new I2C(0, new Pin(22), new Pin(21), 400_000);
    Bme280Driver sensor = new Bme280Driver(i2c, 0x76);
    System.out.println("chip id " + sensor.chipId());
    for (int i = 0; i < 2; i++) {
      byte[] d = sensor.measure();
      int adcP = ((d[0] & 0xFF) << 12) | ((d[1] & 0xFF) << 4) | ((d[2] & 0xFF) >> 4);
      int adcT = ((d[3] & 0xFF) << 12) | ((d[4] & 0xFF) << 4) | ((d[5] & 0xFF) >> 4);
      int adcH = ((d[6] & 0xFF) << 8) | (d[7] & 0xFF);
      int centi = sensor.temperature(adcT);
      long pa256 = sensor.pressure(adcP);
      int rh = sensor.humidity(adcH);
      System.out.println("T " + centi / 100 + "." + (centi % 100 < 10 ? "0" : "") + centi % 100
          + " C, P " + pa256 / 256 + " Pa, RH " + rh / 1024 + "." + (rh % 1024) * 10 / 1024 + " %");
      Time.sleepMs(1000);
    }
  }
}
