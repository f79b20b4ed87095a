package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.esp32.NVS;
import dev.jmpy.machine.Machine;
import dev.jmpy.micropython.OSError;

/** A boot counter in NVS across four deep-sleep cycles; a missing key's error code on the way. */
@MicroPython
public class NvsCounter {
  public static void main(String[] args) throws OSError {
    NVS nvs = new NVS("app");
    int boots;
    try {
      boots = nvs.getI32("boots");
    } catch (OSError e) {
      System.out.println("no counter yet: errno " + e.errno());
      boots = 0;
    }
    boots++;
    nvs.setI32("boots", boots);
    nvs.commit();
    System.out.println("boot number " + boots);
    if (boots < 4) {
      Machine.deepsleep(1000);
    }
  }
}
