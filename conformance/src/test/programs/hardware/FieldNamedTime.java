package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.time.Time;

/**
 * A static field named time beside the time module's stub (@PyModule("time")), with an instance
 * field, a method and a local of the board modules' names: the field does not hide the module the
 * Time calls import (the board's module names are reserved, so the field is time_ in Python; an
 * import of a module whose name a module-level name takes would be aliased), and every name keeps
 * its own value.
 */
@MicroPython
public class FieldNamedTime {
  static int time = 7;
  static String machine = "machine";
  static int websocket = 9;

  int utime = 3;

  static int ticksMs() {
    return -1;
  }

  static int time(int seconds) {
    return seconds * 1000;
  }

  public static void main(String[] args) {
    int start = Time.ticksMs();
    time += 1;
    Time.sleepMs(250);
    int time_ = Time.ticksDiff(Time.ticksMs(), start);
    int network = websocket + 1;
    FieldNamedTime self = new FieldNamedTime();
    self.utime += time;
    System.out.println("field time " + time + ", local time_ " + time_ + ", method time(2) "
        + time(2) + ", own ticksMs() " + ticksMs());
    System.out.println("machine " + machine + ", websocket " + websocket + ", network " + network
        + ", utime " + self.utime);
    Time.sleep(1);
    System.out.println("after sleep(1): " + Time.ticksDiff(Time.ticksMs(), start) + " ms");
  }
}
