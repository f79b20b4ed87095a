package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Machine;
import dev.jmpy.time.Time;

/** Blocking sleeps move the board's clock; ticks_diff measures across them; a fresh board's reset cause. */
@MicroPython
public class TicksAndSleep {
  public static void main(String[] args) {
    int start = Time.ticksMs();
    Time.sleepMs(250);
    Time.sleepUs(1500);
    int end = Time.ticksMs();
    System.out.println("elapsed ms " + Time.ticksDiff(end, start));
    System.out.println("us " + Time.ticksUs());
    System.out.println("reset cause " + Machine.resetCause() + " power-on " + Machine.PWRON_RESET);
    System.out.println("wake " + Machine.wakeReason());
    System.out.println("time " + Time.time());
  }
}
