package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.asyncio.internal.DeviceStream;
import dev.jmpy.asyncio.internal.StreamIo;
import java.io.EOFException;
import java.io.IOException;

/**
 * The reading side of a connection or a device: MicroPython's {@code asyncio.StreamReader}, which
 * is the same {@code Stream} object as the {@link StreamWriter} (on the JVM too) for a connection,
 * and a stream of its own over a device ({@link #StreamReader(PollableStream)}). Every read suspends the task
 * at least once, waiting for the socket in the loop's poll. Bytes are {@code byte[]} in Java and
 * {@code bytes} in MicroPython; {@code new String(b, UTF_8)} and {@code s.getBytes(UTF_8)} convert.
 * Socket errors are IOException in Java and OSError in MicroPython.
 */
@PyModule("asyncio")
public final class StreamReader {
  final StreamIo stream;

  StreamReader(StreamIo stream) {
    this.stream = stream;
  }

  /**
   * {@code asyncio.StreamReader(device)}: a stream over a device such as {@code machine.UART}
   * (MicroPython's way to read a UART from tasks: each read waits in the loop's poll until the
   * UART has bytes, instead of blocking the board). On the JVM the simulated device is polled at
   * every scheduling step, in virtual time. A reader and a {@link StreamWriter} over the same
   * device may be used by two tasks at once; two tasks reading it at once are an error.
   */
  public StreamReader(PollableStream device) {
    this(DeviceStream.over(device));
  }

  /** {@code await reader.read()}: everything up to the end of the stream. */
  @Coroutine
  public byte[] read() throws IOException {
    return stream.read(-1);
  }

  /** {@code await reader.read(n)}: what one read gives, at most {@code n} bytes; empty at the end. */
  @Coroutine
  public byte[] read(int n) throws IOException {
    return stream.read(n);
  }

  /**
   * {@code await reader.readinto(buf)}: reads into {@code buf} and returns the count. A MicroPython
   * extension: CPython's StreamReader has no {@code readinto}.
   */
  @Coroutine
  public int readinto(byte[] buf) throws IOException {
    return stream.readinto(buf);
  }

  /**
   * {@code await reader.readexactly(n)}: exactly {@code n} bytes, or EOFException (MicroPython's
   * EOFError; CPython's IncompleteReadError is an EOFError) if the stream ends first.
   */
  @Coroutine
  public byte[] readexactly(int n) throws IOException, EOFException {
    return stream.readexactly(n);
  }

  /** {@code await reader.readline()}: one line with its {@code \n}; at the end, what is left. */
  @Coroutine
  public byte[] readline() throws IOException {
    return stream.readline();
  }
}
