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
import java.util.List;

/** Five clients at once, gathered: each gets its own answer back; the server counts connections. */
@MicroPython
public class ManyClients {
  static final int PORT = 18403;
  static int connections = 0;

  @Coroutine
  static void shout(StreamReader reader, StreamWriter writer) throws IOException {
    connections++;
    String name = new String(reader.readline(), UTF_8).strip();
    for (int i = 0; i < 3; i++) {
      writer.write((name.toUpperCase() + " " + i + "\n").getBytes(UTF_8));
      writer.drain();
    }
    writer.close();
    writer.waitClosed();
  }

  @Coroutine
  static String client(String name) throws IOException {
    Connection conn = Asyncio.openConnection("127.0.0.1", PORT);
    conn.writer().write((name + "\n").getBytes(UTF_8));
    conn.writer().drain();
    String all = new String(conn.reader().read(), UTF_8);
    conn.writer().close();
    conn.writer().waitClosed();
    return all.strip().replace("\n", ", ");
  }

  @Coroutine
  static void mainTask() throws IOException {
    Server server = Asyncio.startServer(ManyClients::shout, "127.0.0.1", PORT);
    List<String> answers = Asyncio.gather(
        () -> client("ann"), () -> client("bob"), () -> client("cy"), () -> client("dee"),
        () -> client("eve"));
    for (String answer : answers) {
      System.out.println(answer);
    }
    System.out.println("connections: " + connections);
    server.close();
    server.waitClosed();
  }

  public static void main(String[] args) {
    Asyncio.run(ManyClients::mainTask);
  }
}
