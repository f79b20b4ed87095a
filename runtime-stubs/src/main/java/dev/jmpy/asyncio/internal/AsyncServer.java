package dev.jmpy.asyncio.internal;

import dev.jmpy.asyncio.CancelledError;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * MicroPython's {@code asyncio.stream.Server} and {@code start_server} (stream.py): a listening
 * socket served by a task that accepts one connection per wake-up and starts the callback's
 * coroutine as a new task for each.
 */
public final class AsyncServer implements Pollable {
  /** The callback: makes the coroutine of one connection ({@code cb(reader, writer)}). */
  @FunctionalInterface
  public interface Handler {
    /** The task body serving {@code stream} (the reader and the writer). */
    TaskBody connected(AsyncStream stream);
  }

  private final ServerSocketChannel socket;
  private AsyncTask task;
  /** {@code state}: closed on purpose (close() sets it before cancelling the serve task). */
  private boolean closing;

  private AsyncServer(ServerSocketChannel socket) {
    this.socket = socket;
  }

  /**
   * {@code await start_server(cb, host, port, backlog)}: binds and listens (SO_REUSEADDR), starts
   * the serve task and yields once so that it runs before the server is returned.
   */
  public static AsyncServer start(Handler handler, String host, int port, int backlog)
      throws IOException {
    EventLoop.requireCurrent();
    InetSocketAddress address = new InetSocketAddress(host, port); // blocking, as on the board
    ServerSocketChannel socket = ServerSocketChannel.open();
    try {
      socket.configureBlocking(false);
      socket.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      socket.bind(address, backlog);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
    EventLoop.opened(socket);
    AsyncServer server = new AsyncServer(socket);
    server.task = EventLoop.createTask(() -> {
      server.serve(handler);
      return null;
    });
    try {
      EventLoop.sleepMs(0);
    } catch (CancelledError e) {
      server.task.cancel();
      throw e;
    }
    return server;
  }

  private void serve(Handler handler) throws IOException {
    closing = false;
    while (true) {
      try {
        EventLoop.io.waitReadable(this);
      } catch (CancelledError e) {
        closeSocket();
        if (closing) {
          return;
        }
        throw e;
      } catch (RuntimeException | Error dropped) {
        closeSocket(); // dropped by newEventLoop(): do not keep the port
        throw dropped;
      }
      AsyncStream stream;
      SocketChannel client = null;
      try {
        client = socket.accept();
        if (client == null) {
          continue;
        }
        client.configureBlocking(false);
        stream = new AsyncStream(client, (InetSocketAddress) client.getRemoteAddress());
      } catch (IOException e) {
        if (client != null) {
          client.close();
        }
        continue; // a failed accept is ignored
      }
      EventLoop.createTask(handler.connected(stream));
    }
  }

  private void closeSocket() throws IOException {
    EventLoop.io.forget(this);
    EventLoop.closed(socket);
    socket.close();
    EventLoop.io.flushClosed(); // the port is free once wait_closed() returns, as on the board
  }

  /** {@code server.close()}: cancels the serve task, which closes the listening socket. */
  public void close() {
    closing = true;
    task.cancel();
  }

  /** {@code await server.wait_closed()}: waits for the serve task to end. */
  public void waitClosed() {
    task.await();
  }

  @Override
  public SelectableChannel channel() {
    return socket;
  }

  @Override
  public boolean readableNow() {
    return false;
  }
}
