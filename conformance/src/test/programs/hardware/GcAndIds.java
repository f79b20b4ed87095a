package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.esp32.Esp32;
import dev.jmpy.machine.Machine;
import dev.jmpy.micropython.Gc;

/** Heap figures, CPU frequency, the chip's id and temperature, as the board reports them. */
@MicroPython
public class GcAndIds {
  public static void main(String[] args) {
    Gc.collect();
    System.out.println("free " + Gc.memFree() + " allocated " + Gc.memAlloc());
    System.out.println("cpu " + Machine.freq() / 1_000_000 + " MHz");
    Machine.freq(80_000_000);
    System.out.println("cpu " + Machine.freq() / 1_000_000 + " MHz");
    byte[] id = Machine.uniqueId();
    System.out.println("id length " + id.length + " first " + (id[0] & 0xFF));
    System.out.println("raw temperature " + Esp32.rawTemperature() + " F");
  }
}
