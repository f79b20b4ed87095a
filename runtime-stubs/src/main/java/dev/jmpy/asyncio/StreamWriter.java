package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.annotations.PyName;
import dev.jmpy.asyncio.internal.AsyncStream;
import java.io.IOException;

/**
 * The writing side of a connection: MicroPython's {@code asyncio.StreamWriter} (the same
 * {@code Stream} object as the {@link StreamReader}). {@code write} sends at once what the socket
 * takes and buffers the rest; {@code drain} sends the buffer and always yields.
 */
@PyModule("asyncio")
public final class StreamWriter {
  final AsyncStream stream;

  StreamWriter(AsyncStream stream) {
    this.stream = stream;
  }

  /** {@code writer.write(buf)}: not a coroutine; follow it with {@link #drain()}. */
  public void write(byte[] buf) throws IOException {
    stream.write(buf);
  }

  /** {@code await writer.drain()}: sends what {@code write} buffered; yields once even if nothing. */
  @Coroutine
  public void drain() throws IOException {
    stream.drain();
  }

  /**
   * {@code writer.close()}: does nothing on MicroPython (CPython starts closing); always follow it
   * with {@link #waitClosed()}, which closes the socket on the board.
   */
  public void close() {
    stream.close();
  }

  /** {@code await writer.wait_closed()}: closes the connection. */
  @Coroutine
  @PyName("wait_closed")
  public void waitClosed() throws IOException {
    stream.waitClosed();
  }

  /**
   * {@code writer.get_extra_info(key)}: on a server-side stream, {@code "peername"} gives the
   * client's address, a tuple {@code ('a.b.c.d', port)}. Any other key, and any key on a client
   * stream from {@link Asyncio#openConnection}, throws NoSuchElementException (KeyError), as on
   * MicroPython (CPython knows more keys).
   */
  @PyName("get_extra_info")
  public Object getExtraInfo(String key) {
    return stream.extraInfo(key);
  }
}
