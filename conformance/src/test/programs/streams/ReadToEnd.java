package streams;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Connection;
import dev.jmpy.asyncio.Server;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.asyncio.StreamWriter;
import java.io.IOException;

/**
 * A 20,000-character reply, more than one socket write takes: write() buffers the rest, drain()
 * sends it, and read() on the other side collects everything up to the end of the stream.
 */
@MicroPython
public class ReadToEnd {
  static final int PORT = 18405;

  @Coroutine
  static void bulk(StreamReader reader, StreamWriter writer) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append((char) ('a' + i % 26)).append("123456789");
    }
    writer.write(text.toString().getBytes());
    writer.drain();
    writer.close();
    writer.waitClosed();
  }

  @Coroutine
  static void mainTask() throws IOException {
    Server server = Asyncio.startServer(ReadToEnd::bulk, "127.0.0.1", PORT);
    Connection conn = Asyncio.openConnection("127.0.0.1", PORT);
    byte[] first = conn.reader().read(5);
    System.out.println("first read of at most 5: " + first.length + " bytes, " + new String(first));
    String rest = new String(conn.reader().read());
    System.out.println("rest: " + rest.length() + " chars");
    int letters = 0;
    for (int i = 0; i < rest.length(); i++) {
      if (Character.isLetter(rest.charAt(i))) {
        letters++;
      }
    }
    System.out.println("letters in the rest: " + letters);
    System.out.println("ends with: " + rest.substring(rest.length() - 12));
    conn.writer().close();
    conn.writer().waitClosed();
    server.close();
    server.waitClosed();
  }

  public static void main(String[] args) {
    Asyncio.run(ReadToEnd::mainTask);
  }
}
