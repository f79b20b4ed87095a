package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.ADC;
import dev.jmpy.machine.Pin;

/** One voltage read at each attenuation: raw 12-bit, read_u16 and calibrated microvolts. */
@MicroPython
public class AdcScaling {
  public static void main(String[] args) {
    ADC adc = new ADC(new Pin(34));
    int[] attens = {ADC.ATTN_0DB, ADC.ATTN_2_5DB, ADC.ATTN_6DB, ADC.ATTN_11DB};
    for (int atten : attens) {
      adc.atten(atten);
      System.out.println("atten " + atten + ": raw " + adc.read() + " u16 " + adc.readU16()
          + " uv " + adc.readUv());
    }
    ADC low = new ADC(new Pin(35), ADC.ATTN_0DB);
    System.out.println("nothing connected: " + low.read());
  }
}
