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
 * readinto fills a byte[] and returns the count (0 at the end); the bytes then behave as Java
 * bytes under compound assignment (>>=, /=, %=, ^=, +=) and comparisons.
 */
@MicroPython
public class ReadIntoBuffer {
  static final int PORT = 18411;

  @Coroutine
  static void send(StreamReader reader, StreamWriter writer) throws IOException {
    byte[] payload = new byte[6];
    payload[0] = (byte) 0xF0;
    payload[1] = (byte) 0x81;
    payload[2] = 100;
    payload[3] = (byte) 0xFF;
    payload[4] = 7;
    payload[5] = (byte) 0x80;
    writer.write(payload);
    writer.drain();
    writer.close();
    writer.waitClosed();
  }

  @Coroutine
  static void mainTask() throws IOException {
    Server server = Asyncio.startServer(ReadIntoBuffer::send, "127.0.0.1", PORT);
    Connection conn = Asyncio.openConnection("127.0.0.1", PORT);
    byte[] buf = new byte[8];
    int total = 0;
    while (total < 6) {
      byte[] part = new byte[6 - total];
      int n = conn.reader().readinto(part);
      if (n == 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        buf[total + i] = part[i];
      }
      total += n;
    }
    System.out.println("read " + total + " bytes");
    StringBuilder seen = new StringBuilder();
    for (int i = 0; i < total; i++) {
      seen.append(buf[i]).append(' ');
    }
    System.out.println("as Java bytes: " + seen.toString().strip());
    buf[0] >>= 2;
    buf[1] /= 2;
    buf[2] %= 7;
    buf[3] ^= 0x80;
    buf[4] += 125;
    buf[5]--;
    System.out.println("after >>= /= %= ^= += --: " + buf[0] + " " + buf[1] + " " + buf[2] + " "
        + buf[3] + " " + buf[4] + " " + buf[5]);
    System.out.println("negative first: " + (buf[0] < 0) + ", unused tail: " + buf[6] + " " + buf[7]);
    byte[] rest = new byte[4];
    System.out.println("at the end readinto gives " + conn.reader().readinto(rest));
    conn.writer().close();
    conn.writer().waitClosed();
    server.close();
    server.waitClosed();
  }

  public static void main(String[] args) {
    Asyncio.run(ReadIntoBuffer::mainTask);
  }
}
