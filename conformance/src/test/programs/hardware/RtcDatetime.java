package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.RTC;
import dev.jmpy.time.Time;

/** Setting the RTC, reading it back after 2.5 s, and time.localtime/mktime in the 2000 epoch. */
@MicroPython
public class RtcDatetime {
  public static void main(String[] args) {
    RTC rtc = new RTC();
    int[] boot = rtc.datetime();
    System.out.println("at boot " + boot[0] + "-" + boot[1] + "-" + boot[2] + " weekday " + boot[3]);
    rtc.datetime(new int[] {2024, 2, 29, 3, 23, 59, 58, 0});
    Time.sleepMs(2500);
    int[] now = rtc.datetime();
    System.out.println("now " + now[0] + "-" + now[1] + "-" + now[2] + " " + now[4] + ":" + now[5] + ":" + now[6]
        + " weekday " + now[3] + " us " + now[7]);
    int secs = Time.time();
    int[] local = Time.localtime(secs);
    System.out.println("localtime yearday " + local[7] + " back " + (Time.mktime(local) == secs));
    System.out.println("epoch day " + Time.localtime(0)[0]);
  }
}
