package dev.jmpy.board;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@link Transport} with reads that can wait with a limit: a thread copies the board's output into
 * a buffer, so the protocol can wait for a marker and give up with a message when a board is silent
 * (a wrong port, a board stuck in a program that ignores Ctrl-C).
 */
final class Link implements AutoCloseable {
  private final Transport transport;
  private final byte[] buffer = new byte[1 << 16];
  private int head;
  private int size;
  private boolean ended;
  private Thread pump;
  private int generation;

  Link(Transport transport) {
    this.transport = transport;
    startPump();
  }

  Transport transport() {
    return transport;
  }

  private void startPump() {
    InputStream in = transport.input();
    int mine;
    synchronized (this) {
      ended = false;
      head = 0;
      size = 0;
      mine = ++generation;
    }
    pump = Thread.ofPlatform().daemon().name("jmpy-board-reader").start(() -> {
      byte[] chunk = new byte[4096];
      try {
        while (true) {
          int n = in.read(chunk);
          if (n < 0 || stale(mine)) {
            break;
          }
          if (n > 0) {
            put(chunk, n, mine);
          }
        }
      } catch (IOException e) {
        // the transport was closed or restarted
      }
      synchronized (this) {
        if (generation == mine) {
          ended = true;
          notifyAll();
        }
      }
    });
  }

  private synchronized boolean stale(int mine) {
    return generation != mine;
  }

  private synchronized void put(byte[] chunk, int n, int mine) {
    for (int i = 0; i < n; i++) {
      while (size == buffer.length && generation == mine) {
        try {
          wait(); // the protocol is behind: let the board wait (serial flow stops in the driver)
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (generation != mine) {
        return;
      }
      buffer[(head + size) % buffer.length] = chunk[i];
      size++;
    }
    notifyAll();
  }

  /**
   * The next byte, waiting up to {@code timeoutMs} (0: forever); -1 at the end of the stream (the
   * board went away), -2 on timeout.
   */
  synchronized int read(long timeoutMs) throws IOException {
    long deadline = timeoutMs == 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutMs * 1_000_000;
    while (size == 0) {
      if (ended) {
        return -1;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return -2;
      }
      try {
        wait(Math.max(1, Math.min(left / 1_000_000, 1000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while reading from the board");
      }
    }
    int b = buffer[head] & 0xff;
    head = (head + 1) % buffer.length;
    size--;
    notifyAll();
    return b;
  }

  /** Whether a byte is waiting. */
  synchronized boolean available() {
    return size > 0;
  }

  /** Drops what the board has said so far. */
  synchronized void discard() {
    head = 0;
    size = 0;
    notifyAll();
  }

  /**
   * Reads until the bytes read end with {@code marker}; returns everything read (marker included).
   * Fails when the board says nothing for {@code quietMs}, or goes away.
   */
  byte[] readUntil(String marker, long quietMs, String what) throws IOException {
    byte[] end = marker.getBytes(StandardCharsets.ISO_8859_1);
    byte[] seen = new byte[256];
    int n = 0;
    while (true) {
      int b = read(quietMs);
      if (b == -2) {
        throw new BoardException("no answer from " + transport.describe() + " in " + quietMs
            + " ms while " + what + "; it said: " + printable(java.util.Arrays.copyOf(seen, n)));
      }
      if (b == -1) {
        throw new BoardGoneException(transport.describe() + " went away while " + what
            + "; it said: " + printable(java.util.Arrays.copyOf(seen, n)));
      }
      if (n == seen.length) {
        seen = java.util.Arrays.copyOf(seen, n * 2);
      }
      seen[n++] = (byte) b;
      if (n >= end.length && java.util.Arrays.equals(seen, n - end.length, n, end, 0, end.length)) {
        return java.util.Arrays.copyOf(seen, n);
      }
    }
  }

  static String printable(byte[] data) {
    StringBuilder s = new StringBuilder();
    int from = Math.max(0, data.length - 400);
    if (from > 0) {
      s.append("...");
    }
    for (int i = from; i < data.length; i++) {
      int c = data[i] & 0xff;
      if (c >= 32 && c < 127) {
        s.append((char) c);
      } else if (c == '\n') {
        s.append("\\n");
      } else if (c == '\r') {
        s.append("\\r");
      } else {
        s.append(String.format("\\x%02x", c));
      }
    }
    return s.toString();
  }

  void write(byte[] data) throws IOException {
    OutputStream out = transport.output();
    out.write(data);
    out.flush();
  }

  void write(String ascii) throws IOException {
    write(ascii.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Power-cycles the board through the transport; false when it cannot. */
  boolean restart() throws IOException {
    synchronized (this) {
      generation++;
      notifyAll();
    }
    if (!transport.restart()) {
      return false;
    }
    startPump();
    return true;
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      generation++;
      notifyAll();
    }
    transport.close();
  }
}
