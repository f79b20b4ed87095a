package hw;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.machine.UART;
import dev.jmpy.time.Time;

/** A task polls any() every 50 ms and echoes what arrived, while another task counts. */
@MicroPython
public class UartAsyncPoll {
  static int ticks = 0;

  @Coroutine
  static void echo(UART uart) {
    int lines = 0;
    while (lines < 2) {
      if (uart.any() > 0) {
        byte[] data = uart.read();
        uart.write(data);
        lines++;
        System.out.println("echoed " + data.length + " bytes at " + Time.ticksMs());
      }
      Asyncio.sleepMs(50);
    }
  }

  @Coroutine
  static void count() {
    for (int i = 0; i < 5; i++) {
      ticks++;
      Asyncio.sleepMs(100);
    }
  }

  @Coroutine
  static void both(UART uart) {
    Asyncio.gather(() -> echo(uart), () -> count());
    System.out.println("counted " + ticks);
  }

  public static void main(String[] args) {
    UART uart = new UART(1, 115200);
    Asyncio.run(() -> both(uart));
  }
}
