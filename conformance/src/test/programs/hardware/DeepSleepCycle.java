package hw;

import dev.jmpy.annotations.MicroPython;
import dev.jmpy.machine.Machine;
import dev.jmpy.machine.RTC;
import dev.jmpy.time.Time;

/**
 * Measure, remember in RTC memory, deep-sleep 10 s, three times: each wake sees DEEPSLEEP_RESET,
 * TIMER_WAKE, the kept RTC memory, and ticks that restart at 0.
 */
@MicroPython
public class DeepSleepCycle {
  public static void main(String[] args) {
    RTC rtc = new RTC();
    byte[] memory = rtc.memory();
    int round = memory.length == 0 ? 1 : memory[0] + 1;
    System.out.println("round " + round + " cause " + Machine.resetCause() + " wake " + Machine.wakeReason()
        + " ticks " + Time.ticksMs() + " rtc " + Time.time());
    rtc.memory(new byte[] {(byte) round});
    Time.sleepMs(150);
    Machine.deepsleep(10_000);
  }
}
