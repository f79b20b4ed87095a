package dev.jmpy.asyncio.internal;

import java.io.IOException;

/**
 * What MicroPython's {@code asyncio.Stream} (stream.py) does, over what it wraps: a socket
 * ({@link AsyncStream}) or a device such as {@code machine.UART} ({@link DeviceStream}). The
 * reading and writing halves of the API ({@code StreamReader}, {@code StreamWriter}) call it.
 */
public interface StreamIo {
  /** {@code await s.read(n)}; {@code n = -1} reads to the end. */
  byte[] read(int n) throws IOException;

  /** {@code await s.readinto(buf)}: the count read into the start of {@code buf}. */
  int readinto(byte[] buf) throws IOException;

  /** {@code await s.readexactly(n)}: EOFException (EOFError) if the stream ends first. */
  byte[] readexactly(int n) throws IOException;

  /** {@code await s.readline()}. */
  byte[] readline() throws IOException;

  /** {@code s.write(buf)}: not a coroutine. */
  void write(byte[] buf) throws IOException;

  /** {@code await s.drain()}: always yields. */
  void drain() throws IOException;

  /** {@code s.close()}: nothing on MicroPython. */
  void close();

  /** {@code await s.wait_closed()}. */
  void waitClosed() throws IOException;

  /** {@code s.get_extra_info(key)}: NoSuchElementException (KeyError) for an unknown key. */
  Object extraInfo(String key);
}
