package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.ADC;
import dev.jmpy.machine.Pin;

/** A noisy input averaged over eight reads, then scaled to millivolts in integer arithmetic. */
@MicroPython
public class AdcAverage {
  public static void main(String[] args) {
    ADC adc = new ADC(new Pin(36), ADC.ATTN_11DB);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int raw = adc.read();
      System.out.println("sample " + raw);
      sum += raw;
    }
    int average = sum / 8;
    int millivolts = average * 2450 / 4095;
    System.out.println("average " + average + " = " + millivolts + " mV");
  }
}
