package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.time.Time;

/**
 * Ticks that start 300 ms before the wrap at 2^30: ticks_diff and ticks_add stay right across
 * it, as a deadline check must.
 */
@MicroPython
public class TicksWrapAround {
  public static void main(String[] args) {
    int start = Time.ticksMs();
    int deadline = Time.ticksAdd(start, 500);
    System.out.println("start " + start + " deadline " + deadline);
    int checks = 0;
    while (Time.ticksDiff(deadline, Time.ticksMs()) > 0) {
      Time.sleepMs(100);
      checks++;
    }
    int end = Time.ticksMs();
    System.out.println("end " + end + " after " + checks + " checks, elapsed " + Time.ticksDiff(end, start));
    System.out.println("us diff " + Time.ticksDiff(Time.ticksUs(), Time.ticksAdd(Time.ticksUs(), -250)));
  }
}
