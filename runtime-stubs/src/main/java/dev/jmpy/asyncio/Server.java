package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.annotations.PyName;
import dev.jmpy.asyncio.internal.AsyncServer;

/**
 * What {@link Asyncio#startServer} returns: MicroPython's {@code asyncio.stream.Server}, a task that
 * accepts connections. It has only {@code close()} and {@code wait_closed()} (no
 * {@code serve_forever}, no {@code sockets}).
 */
@PyModule("asyncio")
public final class Server {
  private final AsyncServer server;

  Server(AsyncServer server) {
    this.server = server;
  }

  /** {@code server.close()}: stops accepting; connections already made go on. */
  public void close() {
    server.close();
  }

  /** {@code await server.wait_closed()}: waits until the listening socket is closed. */
  @Coroutine
  @PyName("wait_closed")
  public void waitClosed() {
    server.waitClosed();
  }
}
