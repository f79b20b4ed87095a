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

/** A line echo server and a client in the same loop: start_server, open_connection, readline, drain. */
@MicroPython
public class EchoLines {
  static final int PORT = 18401;

  @Coroutine
  static void echo(StreamReader reader, StreamWriter writer) throws IOException {
    while (true) {
      byte[] line = reader.readline();
      if (line.length == 0) {
        break;
      }
      writer.write(("echo: " + new String(line, UTF_8)).getBytes(UTF_8));
      writer.drain();
    }
    writer.close();
    writer.waitClosed();
  }

  @Coroutine
  static void mainTask() throws IOException {
    Server server = Asyncio.startServer(EchoLines::echo, "127.0.0.1", PORT);
    Connection conn = Asyncio.openConnection("127.0.0.1", PORT);
    StreamReader reader = conn.reader();
    StreamWriter writer = conn.writer();
    String[] words = {"one", "two", "three"};
    for (String word : words) {
      writer.write((word + "\n").getBytes(UTF_8));
      writer.drain();
      String answer = new String(reader.readline(), UTF_8);
      System.out.print(answer);
    }
    writer.close();
    writer.waitClosed();
    server.close();
    server.waitClosed();
    System.out.println("closed");
  }

  public static void main(String[] args) {
    Asyncio.run(EchoLines::mainTask);
  }
}
