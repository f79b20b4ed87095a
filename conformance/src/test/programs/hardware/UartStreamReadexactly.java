package hw;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.machine.UART;
import dev.jmpy.time.Time;
import java.io.IOException;

/**
 * Length-prefixed frames from a sensor on a UART stream: readexactly gathers a frame's bytes
 * across the pieces the peer sends at different times, and read(n) takes what is there.
 */
@MicroPython
public class UartStreamReadexactly {
  @Coroutine
  static void frames(UART uart) throws IOException {
    StreamReader reader = new StreamReader(uart);
    for (int i = 0; i < 3; i++) {
      byte[] header = reader.readexactly(2);
      int kind = header[0] - '0';
      int length = header[1] - '0';
      byte[] body = reader.readexactly(length);
      System.out.println("frame " + kind + " (" + length + " bytes) " + new String(body, UTF_8)
          + " at " + Time.ticksMs());
    }
    byte[] rest = reader.read(4);
    System.out.println("read(4) -> " + new String(rest, UTF_8) + " at " + Time.ticksMs());
    rest = reader.read(100);
    System.out.println("read(100) -> " + new String(rest, UTF_8) + " at " + Time.ticksMs());
    System.out.println("left " + uart.any());
  }

  public static void main(String[] args) {
    UART uart = new UART(2, 9600, 17, 16);
    Asyncio.run(() -> frames(uart));
  }
}
