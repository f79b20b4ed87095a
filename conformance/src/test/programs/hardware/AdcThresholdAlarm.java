package hw;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.machine.ADC;
import dev.jmpy.machine.Pin;
import dev.jmpy.time.Time;

/** A task polls a soil-moisture input every 500 ms and switches a pump on below a threshold. */
@MicroPython
public class AdcThresholdAlarm {
  @Coroutine
  static void monitor() {
    ADC moisture = new ADC(new Pin(39));
    Pin pump = new Pin(26, Pin.OUT);
    for (int i = 0; i < 12; i++) {
      int uv = moisture.readUv();
      boolean dry = uv < 1_000_000;
      if (dry != (pump.value() == 1)) {
        pump.value(dry ? 1 : 0);
        System.out.println((dry ? "pump on" : "pump off") + " at " + Time.ticksMs() + " (" + uv + " uV)");
      }
      Asyncio.sleepMs(500);
    }
  }

  public static void main(String[] args) {
    Asyncio.run(AdcThresholdAlarm::monitor);
  }
}
