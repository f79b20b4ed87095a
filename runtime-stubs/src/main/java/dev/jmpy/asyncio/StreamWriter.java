package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.annotations.PyName;
import dev.jmpy.asyncio.internal.DeviceStream;
import dev.jmpy.asyncio.internal.StreamIo;
import java.io.IOException;

/**
 * The writing side of a connection or a device: MicroPython's {@code asyncio.StreamWriter} (the
 * same {@code Stream} object as the {@link StreamReader} for a connection; a stream of its own over
 * a device, {@link #StreamWriter(PollableStream)}). {@code write} sends at once what the socket
 * takes and buffers the rest; {@code drain} sends the buffer and always yields.
 */
@PyModule("asyncio")
public final class StreamWriter {
  final StreamIo stream;

  StreamWriter(StreamIo stream) {
    this.stream = stream;
  }

  /**
   * {@code asyncio.StreamWriter(device)}: a stream over a device such as {@code machine.UART}
   * (MicroPython's docs write {@code asyncio.StreamWriter(uart, {})}; the extra-info dict defaults
   * to empty). {@link #write} hands the bytes to the device at once (a UART's {@code write} takes
   * them all), {@link #drain()} then only yields, and {@link #getExtraInfo} knows no key. Do not
   * call {@link #waitClosed()} on it: a UART has no {@code close()} (AttributeError on the board);
   * {@code uart.deinit()} stops it.
   */
  public StreamWriter(PollableStream device) {
    this(DeviceStream.over(device));
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
