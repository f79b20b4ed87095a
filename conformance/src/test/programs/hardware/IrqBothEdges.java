package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Pin;
import dev.jmpy.time.Time;
import java.util.ArrayList;
import java.util.List;

/** An IRQ on both edges records the level each time; disabling it stops the calls. */
@MicroPython
public class IrqBothEdges {
  static final List<String> log = new ArrayList<>();

  public static void main(String[] args) {
    Pin sensor = new Pin(13, Pin.IN);
    sensor.irq(p -> log.add(p.value() + "@" + Time.ticksMs()), Pin.IRQ_RISING | Pin.IRQ_FALLING);
    Time.sleepMs(500);
    sensor.irq(null, 0);
    Time.sleepMs(500);
    System.out.println(String.join(" ", log));
    System.out.println("final level " + sensor.value());
  }
}
