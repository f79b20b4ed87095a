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

/**
 * After server.close() and wait_closed() the port refuses connections (IOException, OSError), while
 * a connection accepted before the close goes on being served.
 */
@MicroPython
public class ClosedServerRefuses {
  static final int PORT = 18404;

  @Coroutine
  static void greet(StreamReader reader, StreamWriter writer) throws IOException {
    byte[] line = reader.readline();
    writer.write(("hello " + new String(line, UTF_8)).getBytes(UTF_8));
    writer.drain();
    writer.close();
    writer.waitClosed();
  }

  @Coroutine
  static void mainTask() throws IOException {
    Server server = Asyncio.startServer(ClosedServerRefuses::greet, "127.0.0.1", PORT);
    Connection early = Asyncio.openConnection("127.0.0.1", PORT);
    Asyncio.sleepMs(20); // the server accepts it
    server.close();
    server.waitClosed();
    System.out.println("server closed");
    early.writer().write("early\n".getBytes(UTF_8));
    early.writer().drain();
    System.out.print(new String(early.reader().readline(), UTF_8));
    early.writer().close();
    early.writer().waitClosed();
    try {
      Connection late = Asyncio.openConnection("127.0.0.1", PORT);
      late.writer().write("late\n".getBytes(UTF_8));
      late.writer().drain();
      byte[] answer = late.reader().read(100);
      System.out.println("late connection answered " + answer.length + " bytes");
    } catch (IOException e) {
      System.out.println("late connection refused");
    }
  }

  public static void main(String[] args) {
    Asyncio.run(ClosedServerRefuses::mainTask);
  }
}
