package dev.jmpy.asyncio.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * MicroPython's {@code asyncio.Stream} (stream.py) over a non-blocking {@link SocketChannel}: the
 * reader and the writer of a connection are this one object. Every read first waits in the
 * {@link IoQueue} for readability (so it always suspends once, as on the board); {@code write}
 * sends at once what the socket takes and buffers the rest for {@code drain}.
 *
 * <p>Reads go through a small input buffer (a line read may fetch more than the line); bytes held
 * there count as readable when the scheduler polls, as unread bytes in the board's socket do.
 */
public final class AsyncStream implements Pollable, StreamIo {
  private static final int CHUNK = 4096;

  private final SocketChannel socket;
  /** The peer, for {@code get_extra_info("peername")}; null on client streams (KeyError). */
  private final InetSocketAddress peer;
  /** Bytes read from the socket and not yet returned: [start, end) of {@link #in}. */
  private final ByteBuffer in = ByteBuffer.allocate(CHUNK);
  private boolean eof;
  /** {@code out_buf}. */
  private byte[] out = new byte[0];

  AsyncStream(SocketChannel socket, InetSocketAddress peer) {
    this.socket = socket;
    this.peer = peer;
    in.flip(); // empty, ready to be read from
    EventLoop.opened(socket);
  }

  /**
   * {@code await open_connection(host, port)}: starts a non-blocking connect and waits for
   * writability. A refused connection raises here (ConnectException), as MicroPython's docs and
   * CPython say (the unix port only reports it at the first read).
   */
  public static AsyncStream connect(String host, int port) throws IOException {
    EventLoop.requireCurrent();
    InetSocketAddress address = new InetSocketAddress(host, port); // blocking, as on the board
    SocketChannel socket = SocketChannel.open();
    AsyncStream stream = new AsyncStream(socket, null);
    try {
      socket.configureBlocking(false);
      socket.connect(address);
      EventLoop.io.waitWritable(stream);
      if (socket.isConnectionPending()) {
        socket.finishConnect();
      }
    } catch (IOException | RuntimeException | Error e) {
      stream.waitClosed();
      throw e;
    }
    return stream;
  }

  @Override
  public SelectableChannel channel() {
    return socket;
  }

  @Override
  public boolean readableNow() {
    return in.hasRemaining() || eof;
  }

  /** {@code get_extra_info(v)}: only "peername", only on server-side streams. */
  @Override
  public Object extraInfo(String key) {
    if (peer == null || !"peername".equals(key)) {
      throw new NoSuchElementException(key);
    }
    return new PeerName(peer.getAddress().getHostAddress(), peer.getPort());
  }

  /** {@code ('a.b.c.d', port)} as Python prints a peername tuple. */
  public record PeerName(String host, int port) {
    @Override
    public String toString() {
      return "('" + host + "', " + port + ")";
    }
  }

  /** {@code await read(n)}; {@code n = -1} reads to EOF. */
  @Override
  public byte[] read(int n) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    while (true) {
      waitReadable();
      byte[] got = readSome(n < 0 ? CHUNK : n);
      if (got != null) {
        if (n >= 0) {
          return got;
        }
        if (got.length == 0) {
          return all.toByteArray();
        }
        all.write(got);
      }
    }
  }

  /** {@code await readinto(buf)}: the number of bytes read into the start of {@code buf}. */
  @Override
  public int readinto(byte[] buf) throws IOException {
    waitReadable();
    byte[] got = readSome(buf.length);
    if (got == null) {
      return 0; // the board's readinto of a socket with nothing to read returns None
    }
    System.arraycopy(got, 0, buf, 0, got.length);
    return got.length;
  }

  /** {@code await readexactly(n)}: EOFError (EOFException) if the stream ends first. */
  @Override
  public byte[] readexactly(int n) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    while (n > 0) {
      waitReadable();
      byte[] got = readSome(n);
      if (got != null) {
        if (got.length == 0) {
          throw new EOFException();
        }
        all.write(got);
        n -= got.length;
      }
    }
    return all.toByteArray();
  }

  /** {@code await readline()}: the line with its {@code \n}; at EOF the partial line or nothing. */
  @Override
  public byte[] readline() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      waitReadable();
      byte[] got = readLinePart();
      if (got == null) {
        continue;
      }
      line.write(got);
      if (got.length == 0 || got[got.length - 1] == '\n') {
        return line.toByteArray();
      }
    }
  }

  /**
   * {@code write(buf)}: when nothing is buffered, sends what the socket takes now; the rest waits
   * in the output buffer for {@link #drain()}.
   */
  @Override
  public void write(byte[] buf) throws IOException {
    if (out.length == 0) {
      requireOpen();
      int sent = socket.write(ByteBuffer.wrap(buf));
      if (sent == buf.length) {
        return;
      }
      buf = Arrays.copyOfRange(buf, sent, buf.length);
    }
    byte[] joined = Arrays.copyOf(out, out.length + buf.length);
    System.arraycopy(buf, 0, joined, out.length, buf.length);
    out = joined;
  }

  /** {@code await drain()}: sends the buffer, waiting for writability; yields once even if empty. */
  @Override
  public void drain() throws IOException {
    if (out.length == 0) {
      EventLoop.sleepMs(0);
      return;
    }
    ByteBuffer pending = ByteBuffer.wrap(out);
    while (pending.hasRemaining()) {
      requireOpen();
      EventLoop.io.waitWritable(this);
      requireOpen(); // closed by another task meanwhile
      socket.write(pending);
    }
    out = new byte[0];
  }

  /** {@code close()}: does nothing on the board; {@link #waitClosed()} closes. */
  @Override
  public void close() {}

  /** {@code await wait_closed()}: closes the socket, without yielding. */
  @Override
  public void waitClosed() throws IOException {
    EventLoop.io.hangUp(this);
    EventLoop.closed(socket);
    socket.close();
    EventLoop.io.flushClosed(); // NIO releases a registered socket at the next select
  }

  private void waitReadable() throws IOException {
    requireOpen();
    EventLoop.io.waitReadable(this);
    requireOpen(); // closed by another task meanwhile
  }

  private void requireOpen() throws IOException {
    if (!socket.isOpen()) {
      throw new IOException("[Errno 9] EBADF");
    }
  }

  /** One non-blocking read of up to {@code max} bytes: null if none yet, empty at EOF. */
  private byte[] readSome(int max) throws IOException {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] held = new byte[Math.min(max, in.remaining())];
    in.get(held);
    got.write(held);
    // Then what the socket has now, up to max: the board's s.read(n) returns up to n available bytes.
    while (got.size() < max && !eof) {
      ByteBuffer more = ByteBuffer.allocate(Math.min(max - got.size(), 64 * 1024));
      int n = socket.read(more);
      if (n < 0) {
        eof = true;
      } else if (n == 0) {
        break;
      } else {
        got.write(more.array(), 0, n);
      }
    }
    if (got.size() == 0) {
      return eof ? new byte[0] : null;
    }
    return got.toByteArray();
  }

  /** Up to and including the next {@code \n} of what can be read now: null if none, empty at EOF. */
  private byte[] readLinePart() throws IOException {
    ByteArrayOutputStream part = new ByteArrayOutputStream();
    while (true) {
      if (!in.hasRemaining() && !fill()) {
        if (part.size() > 0) {
          return part.toByteArray();
        }
        return eof ? new byte[0] : null;
      }
      while (in.hasRemaining()) {
        byte b = in.get();
        part.write(b);
        if (b == '\n') {
          return part.toByteArray();
        }
      }
    }
  }

  /** Reads what the socket has into the empty input buffer; false if nothing (or EOF). */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    in.clear();
    int n;
    try {
      n = socket.read(in);
    } finally {
      in.flip();
    }
    if (n < 0) {
      eof = true;
      return false;
    }
    return n > 0;
  }
}
