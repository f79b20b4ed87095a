package dev.jmpy.asyncio.timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Connection;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.asyncio.StreamWriter;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Run by {@link TimeoutTest} through the JUnit launcher: a server test under JUnit's default
 * (same-thread) timeout whose handler waits for a request that never comes, then a test that needs
 * a clean loop. Issue 9: the loop swallowed JUnit's interrupt and the fork hung for good.
 */
@ExtendWith(VirtualTime.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerTimeoutFixture {
  static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    }
  }

  static void handleRequest(StreamReader reader, StreamWriter writer) throws IOException {
    byte[] requestLine = reader.readline(); // the client never sends it
    writer.write(requestLine);
    writer.drain();
    writer.close();
    writer.waitClosed();
  }

  @Test
  @Order(1)
  @Timeout(3) // as in issue 9; long enough for the loop to reach its wait even on a loaded machine
  void clientThatNeverSends() throws IOException {
    int port = freePort();
    Asyncio.run(() -> {
      Asyncio.startServer(ServerTimeoutFixture::handleRequest, "127.0.0.1", port);
      Connection connection = Asyncio.openConnection("127.0.0.1", port);
      connection.reader().readline(); // the server answers only after a request
    });
  }

  @Test
  @Order(2)
  void nextTestStartsClean() {
    Asyncio.run(() -> Asyncio.sleep(1));
    assertEquals(1000, VirtualTime.nowMs());
  }
}
