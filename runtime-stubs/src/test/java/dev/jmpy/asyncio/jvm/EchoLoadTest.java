package dev.jmpy.asyncio.jvm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.Connection;
import dev.jmpy.asyncio.Server;
import dev.jmpy.asyncio.StreamReader;
import dev.jmpy.asyncio.StreamWriter;
import dev.jmpy.asyncio.VoidCoro;
import dev.jmpy.asyncio.testing.VirtualTime;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An echo server on the stubs with 1,000 concurrent connections making 100 round trips each over
 * real loopback sockets, every line checked (nothing lost, nothing reordered, nothing mixed up
 * between connections). Prints its figures; no timing is asserted.
 */
@ExtendWith(VirtualTime.class)
class EchoLoadTest {
  private static final int CONNECTIONS = 1_000;
  private static final int ROUND_TRIPS = 100;

  private int served;

  private void echo(StreamReader reader, StreamWriter writer) throws IOException {
    while (true) {
      byte[] line = reader.readline();
      if (line.length == 0) {
        break;
      }
      writer.write(line);
      writer.drain();
    }
    served++;
    writer.close();
    writer.waitClosed();
  }

  private static int client(int id, int port) throws IOException {
    Connection conn = Asyncio.openConnection(StreamsTest.HOST, port);
    int ok = 0;
    for (int trip = 0; trip < ROUND_TRIPS; trip++) {
      String sent = "client " + id + " trip " + trip + " " + "x".repeat(trip % 17) + "\n";
      conn.writer().write(sent.getBytes(UTF_8));
      conn.writer().drain();
      String back = new String(conn.reader().readline(), UTF_8);
      if (!back.equals(sent)) {
        throw new AssertionError("client " + id + " sent " + sent.trim() + " got " + back.trim());
      }
      ok++;
    }
    conn.writer().close();
    conn.writer().waitClosed();
    return ok;
  }

  @Test
  void thousandConnectionsHundredRoundTripsEach() throws IOException {
    int port = StreamsTest.freePort();
    long started = System.nanoTime();
    List<Object> trips = Asyncio.run(() -> {
      Server server = Asyncio.startServer(this::echo, StreamsTest.HOST, port, CONNECTIONS);
      List<VoidCoro> clients = new ArrayList<>();
      int[] total = new int[1];
      for (int i = 0; i < CONNECTIONS; i++) {
        int id = i;
        clients.add(() -> {
          int done = client(id, port); // not total[0] += client(...): that reads total first
          total[0] += done;
        });
      }
      List<Object> results = Asyncio.gather(clients.toArray(VoidCoro[]::new));
      while (served < CONNECTIONS) {
        Asyncio.sleepMs(1);
      }
      server.close();
      server.waitClosed();
      return List.of(total[0], results.size());
    });
    long ms = (System.nanoTime() - started) / 1_000_000;
    assertEquals(List.of(CONNECTIONS * ROUND_TRIPS, CONNECTIONS), trips);
    assertEquals(CONNECTIONS, served);
    System.out.printf("echo load: %d connections x %d round trips = %d lines echoed intact in %d ms"
        + " of wall time (%d round trips/s)%n", CONNECTIONS, ROUND_TRIPS, CONNECTIONS * ROUND_TRIPS,
        ms, CONNECTIONS * ROUND_TRIPS * 1000L / Math.max(1, ms));
  }
}
