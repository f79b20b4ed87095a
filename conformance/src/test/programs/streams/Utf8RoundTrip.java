package streams;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Connection;
import dev.jmpy.asyncio.Server;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.asyncio.StreamWriter;
import java.io.IOException;

/** Text through a socket as UTF-8 bytes: non-ASCII letters, escapes, byte counts. */
@MicroPython
public class Utf8RoundTrip {
  static final int PORT = 18407;

  @Coroutine
  static void count(StreamReader reader, StreamWriter writer) throws IOException {
    while (true) {
      byte[] line = reader.readline();
      if (line.length == 0) {
        break;
      }
      String text = new String(line, UTF_8).strip();
      writer.write((line.length + " bytes, " + text.length() + " chars: " + text + "\n").getBytes(UTF_8));
      writer.drain();
    }
    writer.close();
    writer.waitClosed();
  }

  @Coroutine
  static void mainTask() throws IOException {
    Server server = Asyncio.startServer(Utf8RoundTrip::count, "127.0.0.1", PORT);
    Connection conn = Asyncio.openConnection("127.0.0.1", PORT);
    String[] lines = {"plain\n", "gr\u00fc\u00dfe\n", "caf\u00e9 \u2713\n", "tab\there\n", "back\\slash\n"};
    for (String line : lines) {
      conn.writer().write(line.getBytes(UTF_8));
      conn.writer().drain();
      System.out.print(new String(conn.reader().readline(), UTF_8));
    }
    System.out.println("literal: " + "\u00e9".getBytes(UTF_8).length + " bytes, " + "e".getBytes().length + " byte");
    conn.writer().close();
    conn.writer().waitClosed();
    server.close();
    server.waitClosed();
  }

  public static void main(String[] args) {
    Asyncio.run(Utf8RoundTrip::mainTask);
  }
}
