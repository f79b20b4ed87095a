package hw;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.StreamWriter;
import dev.jmpy.machine.UART;
import dev.jmpy.time.Time;
import java.io.IOException;

/**
 * A logger task writes records to a UART stream and drains after each: the UART takes the bytes
 * at write, and drain only yields, so a second task runs between the records.
 */
@MicroPython
public class UartStreamDrain {
  @Coroutine
  static void logger(UART uart) throws IOException {
    StreamWriter writer = new StreamWriter(uart);
    for (int i = 0; i < 3; i++) {
      writer.write(("record " + i + "\n").getBytes(UTF_8));
      System.out.println("wrote " + i);
      writer.drain();
      System.out.println("drained " + i);
      Asyncio.sleepMs(5);
    }
    writer.write("bye\n".getBytes(UTF_8));
    writer.drain();
  }

  @Coroutine
  static void other() {
    for (int i = 0; i < 4; i++) {
      System.out.println("other " + i + " at " + Time.ticksMs());
      Asyncio.sleepMs(0);
    }
  }

  @Coroutine
  static void both(UART uart) {
    Asyncio.gather(() -> logger(uart), () -> other());
  }

  public static void main(String[] args) {
    UART uart = new UART(0, 115200);
    Asyncio.run(() -> both(uart));
  }
}
