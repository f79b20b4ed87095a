package streams;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Connection;
import dev.jmpy.asyncio.Server;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.asyncio.StreamWriter;
import java.io.EOFException;
import java.io.IOException;

/**
 * readexactly, readline at the end of the stream (the partial line, then nothing), and EOFError
 * (CPython's IncompleteReadError is an EOFError) when the stream ends early.
 */
@MicroPython
public class ReadExactlyEof {
  static final int PORT = 18402;

  @Coroutine
  static void send(StreamReader reader, StreamWriter writer) throws IOException {
    writer.write("abcdef\nxyz".getBytes(UTF_8));
    writer.drain();
    writer.close();
    writer.waitClosed();
  }

  @Coroutine
  static void mainTask() throws IOException {
    Server server = Asyncio.startServer(ReadExactlyEof::send, "127.0.0.1", PORT);
    Connection conn = Asyncio.openConnection("127.0.0.1", PORT);
    StreamReader reader = conn.reader();
    System.out.println("exactly 3: " + new String(reader.readexactly(3), UTF_8));
    System.out.println("line: [" + new String(reader.readline(), UTF_8).strip() + "]");
    byte[] partial = reader.readline();
    System.out.println("partial line: [" + new String(partial, UTF_8) + "] " + partial.length);
    System.out.println("at the end: " + reader.readline().length);
    try {
      reader.readexactly(2);
      System.out.println("no error");
    } catch (EOFException e) {
      System.out.println("EOFError");
    }
    conn.writer().close();
    conn.writer().waitClosed();
    server.close();
    server.waitClosed();
  }

  public static void main(String[] args) {
    Asyncio.run(ReadExactlyEof::mainTask);
  }
}
