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
 * A server object whose handler is an instance method (this::serve, a bound method in Python)
 * keeping per-server state; two servers on two ports; a client reading with read(n) in a loop.
 */
@MicroPython
public class InstanceHandler {
  static final int PORT_A = 18408;
  static final int PORT_B = 18409;

  final String name;
  int served = 0;
  Server server;

  InstanceHandler(String name) {
    this.name = name;
  }

  @Coroutine
  void serve(StreamReader reader, StreamWriter writer) throws IOException {
    served++;
    byte[] question = reader.readline();
    writer.write((name + " answers #" + served + ": " + new String(question, UTF_8).strip() + "\n")
        .getBytes(UTF_8));
    writer.drain();
    writer.close();
    writer.waitClosed();
  }

  @Coroutine
  void start(int port) throws IOException {
    server = Asyncio.startServer(this::serve, "127.0.0.1", port);
  }

  @Coroutine
  void stop() {
    server.close();
    server.waitClosed();
  }

  @Coroutine
  static String ask(int port, String question) throws IOException {
    Connection conn = Asyncio.openConnection("127.0.0.1", port);
    conn.writer().write((question + "\n").getBytes(UTF_8));
    conn.writer().drain();
    StringBuilder answer = new StringBuilder();
    while (true) {
      byte[] chunk = conn.reader().read(4);
      if (chunk.length == 0) {
        break;
      }
      answer.append(new String(chunk, UTF_8));
    }
    conn.writer().close();
    conn.writer().waitClosed();
    return answer.toString().strip();
  }

  @Coroutine
  static void mainTask() throws IOException {
    InstanceHandler alpha = new InstanceHandler("alpha");
    InstanceHandler beta = new InstanceHandler("beta");
    alpha.start(PORT_A);
    beta.start(PORT_B);
    System.out.println(ask(PORT_A, "one"));
    System.out.println(ask(PORT_B, "two"));
    System.out.println(ask(PORT_A, "three"));
    System.out.println("alpha served " + alpha.served + ", beta served " + beta.served);
    alpha.stop();
    beta.stop();
  }

  public static void main(String[] args) {
    Asyncio.run(InstanceHandler::mainTask);
  }
}
