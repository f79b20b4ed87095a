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
 * Bytes from a stream read as Java bytes (-128..127), by index and by for-each, including the
 * UTF-8 bytes of a non-ASCII letter; a byte[] made in Java reads the same.
 */
@MicroPython
public class SignedBytes {
  static final int PORT = 18410;

  @Coroutine
  static void send(StreamReader reader, StreamWriter writer) throws IOException {
    writer.write("A\u00e9~\n".getBytes(UTF_8));
    writer.drain();
    writer.close();
    writer.waitClosed();
  }

  @Coroutine
  static void mainTask() throws IOException {
    Server server = Asyncio.startServer(SignedBytes::send, "127.0.0.1", PORT);
    Connection conn = Asyncio.openConnection("127.0.0.1", PORT);
    byte[] line = conn.reader().readline();
    StringBuilder indexed = new StringBuilder();
    for (int i = 0; i < line.length; i++) {
      indexed.append(line[i]).append(' ');
    }
    System.out.println("by index: " + indexed.toString().strip());
    int sum = 0;
    int negatives = 0;
    for (byte b : line) {
      sum += b;
      if (b < 0) {
        negatives++;
      }
    }
    System.out.println("sum " + sum + ", negatives " + negatives + ", unsigned first non-ASCII " + (line[1] & 0xFF));
    byte[] made = new byte[3];
    made[0] = (byte) 200;
    made[1] = 65;
    made[2] = (byte) -1;
    System.out.println("made: " + made[0] + " " + made[1] + " " + made[2]);
    conn.writer().close();
    conn.writer().waitClosed();
    server.close();
    server.waitClosed();
  }

  public static void main(String[] args) {
    Asyncio.run(SignedBytes::mainTask);
  }
}
