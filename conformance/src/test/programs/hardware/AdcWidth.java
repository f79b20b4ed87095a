package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.ADC;
import dev.jmpy.machine.Pin;

/** The same input read at 9 to 12 bits: read() shrinks, read_u16() keeps its scale. */
@MicroPython
public class AdcWidth {
  public static void main(String[] args) {
    ADC adc = new ADC(new Pin(32));
    for (int bits = 12; bits >= 9; bits--) {
      adc.width(bits);
      System.out.println(bits + " bits: " + adc.read() + " u16 " + adc.readU16());
    }
    try {
      adc.width(8);
    } catch (IllegalArgumentException e) {
      System.out.println("8 bits rejected");
    }
  }
}
