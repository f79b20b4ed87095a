package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.esp32.NVS;
import dev.jmpy.machine.Machine;
import dev.jmpy.micropython.OSError;

/** machine.reset() once: the next boot's reset_cause() is HARD_RESET; NVS remembers it was done. */
@MicroPython
public class MachineReset {
  public static void main(String[] args) throws OSError {
    NVS nvs = new NVS("reset");
    System.out.println("cause " + Machine.resetCause() + (Machine.resetCause() == Machine.HARD_RESET ? " hard" : ""));
    int done;
    try {
      done = nvs.getI32("done");
    } catch (OSError e) {
      done = 0;
    }
    if (done == 0) {
      nvs.setI32("done", 1);
      nvs.commit();
      System.out.println("resetting");
      Machine.reset();
    }
    System.out.println("after reset, done " + done);
  }
}
