package dev.jmpy.asyncio.jvm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Connection;
import dev.jmpy.asyncio.Server;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.asyncio.StreamWriter;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Streams over real loopback sockets in the JVM loop, under virtual time: MicroPython's stream.py
 * behaviour (reads always suspend, EOFError, drain yields, get_extra_info, server close) and the
 * rule that the virtual clock waits for bytes in flight from another thread.
 */
@ExtendWith(VirtualTime.class)
class StreamsTest {
  static final String HOST = "127.0.0.1";

  /** A port nobody listens on right now. */
  static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    }
  }

  private static void echoLines(StreamReader reader, StreamWriter writer) throws IOException {
    while (true) {
      byte[] line = reader.readline();
      if (line.length == 0) {
        break;
      }
      writer.write(line);
      writer.drain();
    }
    writer.close();
    writer.waitClosed();
  }

  @Test
  void echoServerAnswersAClientInTheSameLoop() throws IOException {
    int port = freePort();
    List<String> seen = Asyncio.run(() -> {
      Server server = Asyncio.startServer(StreamsTest::echoLines, HOST, port);
      Connection conn = Asyncio.openConnection(HOST, port);
      StreamReader reader = conn.reader();
      StreamWriter writer = conn.writer();
      List<String> lines = new ArrayList<>();
      for (String word : List.of("one", "two", "three")) {
        writer.write((word + "\n").getBytes(UTF_8));
        writer.drain();
        lines.add(new String(reader.readline(), UTF_8));
      }
      writer.close();
      writer.waitClosed();
      server.close();
      server.waitClosed();
      return lines;
    });
    assertEquals(List.of("one\n", "two\n", "three\n"), seen);
  }

  @Test
  void readexactlyRaisesEofAndReadlineReturnsThePartialLine() throws IOException {
    int port = freePort();
    List<String> seen = Asyncio.run(() -> {
      Server server = Asyncio.startServer((reader, writer) -> {
        writer.write("abcdef\nxyz".getBytes(UTF_8));
        writer.drain();
        writer.close();
        writer.waitClosed();
      }, HOST, port);
      Connection conn = Asyncio.openConnection(HOST, port);
      List<String> out = new ArrayList<>();
      out.add(new String(conn.reader().readexactly(3), UTF_8));
      out.add(new String(conn.reader().readline(), UTF_8));
      out.add(new String(conn.reader().readline(), UTF_8));
      out.add("[" + new String(conn.reader().readline(), UTF_8) + "]");
      try {
        conn.reader().readexactly(1);
        out.add("no EOF");
      } catch (EOFException e) {
        out.add("EOFError");
      }
      conn.writer().waitClosed();
      server.close();
      server.waitClosed();
      return out;
    });
    assertEquals(List.of("abc", "def\n", "xyz", "[]", "EOFError"), seen);
  }

  @Test
  void readToEndAndReadinto() throws IOException {
    int port = freePort();
    byte[] payload = new byte[100_000];
    for (int i = 0; i < payload.length; i++) {
      payload[i] = (byte) (i * 31);
    }
    byte[][] got = new byte[2][];
    Asyncio.run(() -> {
      Server server = Asyncio.startServer((reader, writer) -> {
        writer.write(payload); // more than the socket takes at once: the rest waits for drain
        writer.drain();
        writer.waitClosed();
      }, HOST, port);
      Connection conn = Asyncio.openConnection(HOST, port);
      byte[] first = new byte[10];
      int n = conn.reader().readinto(first);
      got[0] = java.util.Arrays.copyOf(first, n);
      got[1] = conn.reader().read();
      conn.writer().waitClosed();
      server.close();
      server.waitClosed();
    });
    byte[] all = new byte[got[0].length + got[1].length];
    System.arraycopy(got[0], 0, all, 0, got[0].length);
    System.arraycopy(got[1], 0, all, got[0].length, got[1].length);
    assertTrue(got[0].length > 0);
    assertArrayEquals(payload, all);
  }

  @Test
  void peernameOnlyOnServerSideStreams() throws IOException {
    int port = freePort();
    List<String> seen = Asyncio.run(() -> {
      List<String> out = new ArrayList<>();
      Server server = Asyncio.startServer((reader, writer) -> {
        out.add(writer.getExtraInfo("peername").toString().startsWith("('127.0.0.1', ") ? "peer" : "?");
        try {
          writer.getExtraInfo("sockname");
        } catch (NoSuchElementException e) {
          out.add("KeyError sockname");
        }
        writer.waitClosed();
      }, HOST, port);
      Connection conn = Asyncio.openConnection(HOST, port);
      try {
        conn.writer().getExtraInfo("peername");
      } catch (NoSuchElementException e) {
        out.add("KeyError on client");
      }
      conn.reader().read(); // until the server closes
      conn.writer().waitClosed();
      server.close();
      server.waitClosed();
      return out;
    });
    assertEquals(List.of("KeyError on client", "peer", "KeyError sockname"), seen);
  }

  @Test
  void drainWithNothingBufferedStillYields() throws IOException {
    int port = freePort();
    List<String> order = Asyncio.run(() -> {
      List<String> out = new ArrayList<>();
      Server server = Asyncio.startServer((reader, writer) -> writer.waitClosed(), HOST, port);
      Connection conn = Asyncio.openConnection(HOST, port);
      Asyncio.createTask(() -> out.add("other task"));
      conn.writer().drain();
      out.add("after drain");
      conn.writer().waitClosed();
      server.close();
      server.waitClosed();
      return out;
    });
    assertEquals(List.of("other task", "after drain"), order);
  }

  @Test
  void refusedConnectionThrows() throws IOException {
    int port = freePort();
    assertThrows(ConnectException.class, () -> Asyncio.run(() -> {
      Asyncio.openConnection(HOST, port);
    }));
  }

  @Test
  void cancellingAReaderLeavesTheServerRunning() throws IOException {
    int port = freePort();
    List<String> seen = Asyncio.run(() -> {
      List<String> out = new ArrayList<>();
      Server server = Asyncio.startServer((reader, writer) -> {
        writer.write("hello\n".getBytes(UTF_8));
        writer.drain();
        reader.read(); // until the client closes
        writer.waitClosed();
      }, HOST, port);
      Connection silent = Asyncio.openConnection(HOST, port);
      Task<Void> stuck = Asyncio.createTask(() -> {
        silent.reader().readexactly(100); // never comes
      });
      Asyncio.sleepMs(10);
      out.add("cancel " + stuck.cancel());
      Asyncio.sleepMs(10);
      out.add("done " + stuck.done());
      silent.writer().waitClosed();
      Connection second = Asyncio.openConnection(HOST, port);
      out.add(new String(second.reader().readline(), UTF_8).trim());
      second.writer().waitClosed();
      server.close();
      server.waitClosed();
      return out;
    });
    assertEquals(List.of("cancel true", "done true", "hello"), seen);
  }

  /**
   * A client on another thread: the loop waits for its bytes instead of jumping the virtual clock
   * to the handler's 5 s timeout.
   */
  @Test
  void virtualClockWaitsForBytesFromAnotherThread() throws Exception {
    int port = freePort();
    Thread client = Thread.ofPlatform().start(() -> {
      for (int attempt = 0; ; attempt++) {
        try (Socket socket = new Socket(HOST, port)) {
          OutputStream out = socket.getOutputStream();
          Thread.sleep(50); // real time, while the handler waits with a 5 s virtual timeout
          out.write("late\n".getBytes(UTF_8));
          out.flush();
          InputStream in = socket.getInputStream();
          in.readAllBytes();
          return;
        } catch (ConnectException notYet) {
          if (attempt > 200) {
            throw new AssertionError(notYet);
          }
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        } catch (IOException | InterruptedException e) {
          throw new AssertionError(e);
        }
      }
    });
    String got = Asyncio.run(() -> {
      String[] line = new String[1];
      dev.jmpy.asyncio.Event served = new dev.jmpy.asyncio.Event();
      Server server = Asyncio.startServer((reader, writer) -> {
        line[0] = new String(Asyncio.waitFor(reader::readline, 5.0), UTF_8);
        writer.waitClosed();
        served.set();
      }, HOST, port);
      served.await();
      server.close();
      server.waitClosed();
      return line[0] + " at " + VirtualTime.nowMs() + " ms";
    });
    client.join();
    assertEquals("late\n at 0 ms", got);
  }

  /** The extension's teardown frees a port that a test's server kept (its task is dropped). */
  @Test
  void aServerLeftOpenIsClosedByTheTeardown() throws Exception {
    int port = freePort();
    Asyncio.run(() -> {
      Asyncio.startServer((reader, writer) -> writer.waitClosed(), HOST, port);
    });
    assertThrows(IOException.class, () -> new ServerSocket(port).close(), "still listening");
    VirtualTime extension = new VirtualTime();
    extension.afterEach(null);
    try (ServerSocket again = new ServerSocket(port)) {
      assertEquals(port, again.getLocalPort());
    }
    extension.beforeEach(null);
  }
}
