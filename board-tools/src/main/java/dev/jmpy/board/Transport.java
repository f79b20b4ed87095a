package dev.jmpy.board;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A byte link to a MicroPython board's console: a USB serial port ({@link SerialTransport}) or a
 * local process on a pseudo-terminal ({@link ProcessTransport}, MicroPython's unix port as a
 * stand-in board). The raw REPL protocol on top ({@link RawRepl}) is the same for both.
 */
public interface Transport extends AutoCloseable {

  /** The board's output. */
  InputStream input();

  /** The board's input. */
  OutputStream output();

  /** A short name for messages, e.g. {@code /dev/ttyUSB0}. */
  String describe();

  /**
   * Power-cycles the board when the transport can (a serial board is reset through its RTS line,
   * a process is started again; files stay as on a real board's flash). After it, {@link #input()}
   * and {@link #output()} may be new streams. Returns false when the transport cannot.
   */
  default boolean restart() throws IOException {
    return false;
  }

  /**
   * What the board prints once it is ready after {@link #restart()} or being opened, when it must
   * be waited for before anything is sent (a process on a fresh pseudo-terminal that is not yet in
   * raw mode would take Ctrl-C as a signal); null when the board is ready at once.
   */
  default String readyMarker() {
    return null;
  }

  @Override
  void close() throws IOException;
}
