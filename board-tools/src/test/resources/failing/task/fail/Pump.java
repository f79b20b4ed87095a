package fail;

import static dev.jmpy.asyncio.Asyncio.sleepMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;

/** An exception in a task nobody awaits: the loop reports it, the program goes on. */
@MicroPython
public class Pump {
  static int pressure = 3;

  static void check(int level) {
    if (level > 2) {
      throw new IllegalStateException("pressure too high: " + level);
    }
  }

  @Coroutine
  static void pump() {
    sleepMs(10);
    check(pressure);
    System.out.println("pumped");
  }

  @Coroutine
  static void start() {
    Asyncio.createTask(Pump::pump);
    sleepMs(50);
    System.out.println("main goes on");
  }

  public static void main(String[] args) {
    Asyncio.run(Pump::start);
  }
}
