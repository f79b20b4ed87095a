package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.esp32.NVS;
import dev.jmpy.micropython.OSError;

/** A calibration blob: set_blob, get_blob into a buffer (its length back), erase_key. */
@MicroPython
public class NvsBlob {
  public static void main(String[] args) throws OSError {
    NVS nvs = new NVS("cal");
    nvs.setBlob("offsets", new byte[] {3, -2, 120});
    byte[] buf = new byte[8];
    int length = nvs.getBlob("offsets", buf);
    System.out.println("length " + length + ": " + buf[0] + " " + buf[1] + " " + buf[2] + " " + buf[3]);
    nvs.eraseKey("offsets");
    try {
      nvs.getBlob("offsets", buf);
    } catch (OSError e) {
      System.out.println("erased: errno " + e.errno());
    }
    nvs.setI32("gain", -7);
    System.out.println("gain " + nvs.getI32("gain"));
  }
}
