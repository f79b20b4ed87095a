package streams;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Connection;
import dev.jmpy.asyncio.Server;
import dev.jmpy.asyncio.TimeoutError;
import java.io.IOException;

/**
 * A server callback written as a lambda capturing a local (it becomes an async def), and a read
 * that times out with wait_for when the server says nothing.
 */
@MicroPython
public class LambdaHandler {
  static final int PORT = 18406;

  @Coroutine
  static void mainTask() throws IOException {
    String greeting = "welcome";
    Server server = Asyncio.startServer((reader, writer) -> {
      byte[] name = reader.readline();
      if (new String(name, UTF_8).strip().equals("quiet")) {
        Asyncio.sleepMs(300);
      } else {
        writer.write((greeting + ", " + new String(name, UTF_8)).getBytes(UTF_8));
        writer.drain();
      }
      writer.close();
      writer.waitClosed();
    }, "127.0.0.1", PORT);
    Connection conn = Asyncio.openConnection("127.0.0.1", PORT);
    conn.writer().write("ada\n".getBytes(UTF_8));
    conn.writer().drain();
    System.out.print(new String(conn.reader().readline(), UTF_8));
    conn.writer().close();
    conn.writer().waitClosed();

    Connection quiet = Asyncio.openConnection("127.0.0.1", PORT);
    quiet.writer().write("quiet\n".getBytes(UTF_8));
    quiet.writer().drain();
    try {
      byte[] line = Asyncio.waitForMs(() -> quiet.reader().readline(), 50);
      System.out.println("got " + line.length + " bytes");
    } catch (TimeoutError e) {
      System.out.println("timed out waiting for the quiet server");
    }
    quiet.writer().close();
    quiet.writer().waitClosed();
    Asyncio.sleepMs(400);
    server.close();
    server.waitClosed();
    System.out.println("done");
  }

  public static void main(String[] args) {
    Asyncio.run(LambdaHandler::mainTask);
  }
}
