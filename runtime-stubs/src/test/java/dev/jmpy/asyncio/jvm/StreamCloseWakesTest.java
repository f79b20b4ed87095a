package dev.jmpy.asyncio.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Connection;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Closing a stream that another task waits on: on the board the poller reports the closed socket
 * (POLLNVAL, which is "not only POLLOUT"), so the waiting reader is woken and its read raises
 * OSError(EBADF) (esp32 modsocket.c: {@code if (socket->fd == -1) return MP_STREAM_POLL_NVAL};
 * unix: poll() on the closed fd). It must not be silently dropped.
 */
@ExtendWith(VirtualTime.class)
class StreamCloseWakesTest {
  @Test
  void closingAStreamWakesItsReaderWithAnError() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      int port = listener.getLocalPort();
      List<Socket> accepted = new ArrayList<>();
      Thread acceptor = Thread.ofPlatform().start(() -> {
        try {
          accepted.add(listener.accept()); // kept open, never sends
        } catch (IOException ignored) {
          // the test fails elsewhere
        }
      });
      List<String> seen = Asyncio.run(() -> {
        List<String> out = new ArrayList<>();
        Connection conn = Asyncio.openConnection(StreamsTest.HOST, port);
        Task<Void> reader = Asyncio.createTask(() -> {
          try {
            conn.reader().readline();
            out.add("read returned");
          } catch (IOException e) {
            out.add("reader: OSError");
          }
        });
        Asyncio.sleepMs(10); // the reader now waits in the poll
        conn.writer().close();
        conn.writer().waitClosed();
        out.add("closed");
        reader.await();
        return out;
      });
      acceptor.join();
      for (Socket socket : accepted) {
        socket.close();
      }
      assertEquals(List.of("closed", "reader: OSError"), seen);
    }
  }
}
