package hw;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.machine.Machine;
import dev.jmpy.machine.WDT;
import dev.jmpy.time.Time;

/**
 * A task feeds the watchdog while the work task makes progress; the work task hangs on its
 * third job, progress stops, and the watchdog resets the board mid-run.
 */
@MicroPython
public class WdtAsyncTask {
  static int progress = 0;

  @Coroutine
  static void feeder(WDT wdt) {
    int seen = -1;
    while (true) {
      if (progress != seen) {
        seen = progress;
        wdt.feed();
      }
      Asyncio.sleepMs(200);
    }
  }

  @Coroutine
  static void work() {
    for (int job = 1; job <= 5; job++) {
      System.out.println("job " + job + " at " + Time.ticksMs());
      Asyncio.sleepMs(job == 3 ? 60_000 : 400);
      progress++;
    }
  }

  @Coroutine
  static void main2() {
    WDT wdt = new WDT(1500);
    Asyncio.createTask(() -> feeder(wdt));
    work();
    System.out.println("never printed");
  }

  public static void main(String[] args) {
    System.out.println("boot, cause " + Machine.resetCause());
    if (Machine.resetCause() != Machine.WDT_RESET) {
      Asyncio.run(WdtAsyncTask::main2);
    }
  }
}
