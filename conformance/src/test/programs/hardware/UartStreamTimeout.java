package hw;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.asyncio.StreamWriter;
import dev.jmpy.asyncio.TimeoutError;
import dev.jmpy.machine.UART;
import dev.jmpy.time.Time;
import java.io.IOException;

/**
 * A request with a deadline on a UART stream: waitFor cancels a readline the peer does not
 * answer in time (the part of a line read before the deadline is lost with the cancelled read, as
 * on the board), and the next request works.
 */
@MicroPython
public class UartStreamTimeout {
  @Coroutine
  static String request(StreamReader reader, StreamWriter writer, String command, int ms) throws IOException {
    writer.write((command + "\n").getBytes(UTF_8));
    writer.drain();
    try {
      byte[] line = Asyncio.waitForMs(() -> reader.readline(), ms);
      return new String(line, UTF_8).strip();
    } catch (TimeoutError e) {
      return "timeout";
    }
  }

  @Coroutine
  static void client(UART uart) throws IOException {
    StreamReader reader = new StreamReader(uart);
    StreamWriter writer = new StreamWriter(uart);
    System.out.println("PING -> " + request(reader, writer, "PING", 50) + " at " + Time.ticksMs());
    System.out.println("SLOW -> " + request(reader, writer, "SLOW", 50) + " at " + Time.ticksMs());
    System.out.println("waiting " + uart.any());
    System.out.println("PING -> " + request(reader, writer, "PING", 50) + " at " + Time.ticksMs());
    System.out.println("LOST -> " + request(reader, writer, "LOST", 30) + " at " + Time.ticksMs());
    System.out.println("PING -> " + request(reader, writer, "PING", 50) + " at " + Time.ticksMs());
  }

  public static void main(String[] args) {
    UART uart = new UART(1, 115200);
    Asyncio.run(() -> client(uart));
  }
}
