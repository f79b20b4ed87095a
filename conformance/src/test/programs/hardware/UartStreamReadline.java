package hw;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.asyncio.StreamWriter;
import dev.jmpy.machine.UART;
import dev.jmpy.time.Time;
import java.io.IOException;

/**
 * A line protocol over a UART wrapped in asyncio streams: commands to a modem whose scripted
 * answers arrive some ms later (one in two parts), while a second task keeps its own pace: the
 * readline waits in the loop's poll, not in the board.
 */
@MicroPython
public class UartStreamReadline {
  static int beats = 0;
  static boolean done = false;

  @Coroutine
  static String ask(StreamReader reader, StreamWriter writer, String command) throws IOException {
    writer.write((command + "\r\n").getBytes(UTF_8));
    writer.drain();
    byte[] line = reader.readline();
    return new String(line, UTF_8).strip();
  }

  @Coroutine
  static void modem(UART uart) throws IOException {
    StreamReader reader = new StreamReader(uart);
    StreamWriter writer = new StreamWriter(uart);
    System.out.println("AT -> " + ask(reader, writer, "AT") + " at " + Time.ticksMs());
    System.out.println("AT+CSQ -> " + ask(reader, writer, "AT+CSQ") + " at " + Time.ticksMs());
    System.out.println("AT+CGMI -> " + ask(reader, writer, "AT+CGMI") + " at " + Time.ticksMs());
    byte[] ring = reader.readline();
    System.out.println("unsolicited " + new String(ring, UTF_8).strip() + " at " + Time.ticksMs());
    done = true;
  }

  @Coroutine
  static void heartbeat() {
    while (!done) {
      beats++;
      Asyncio.sleepMs(7);
    }
  }

  @Coroutine
  static void both(UART uart) {
    Asyncio.gather(() -> modem(uart), () -> heartbeat());
    System.out.println("beats " + beats + ", waiting " + uart.any());
  }

  public static void main(String[] args) {
    UART uart = new UART(1, 115200, 17, 16);
    Asyncio.run(() -> both(uart));
  }
}
