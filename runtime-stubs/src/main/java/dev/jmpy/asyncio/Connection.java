package dev.jmpy.asyncio;

import dev.jmpy.annotations.PyItem;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.asyncio.internal.AsyncStream;

/**
 * What {@link Asyncio#openConnection} returns: MicroPython's {@code (reader, writer)} tuple, so
 * {@code conn.reader()} is {@code conn[0]} and {@code conn.writer()} is {@code conn[1]} (on the board
 * both are the same Stream).
 */
@PyModule("asyncio")
public final class Connection {
  private final StreamReader reader;
  private final StreamWriter writer;

  Connection(AsyncStream stream) {
    reader = new StreamReader(stream);
    writer = new StreamWriter(stream);
  }

  /** {@code conn[0]}. */
  @PyItem(0)
  public StreamReader reader() {
    return reader;
  }

  /** {@code conn[1]}. */
  @PyItem(1)
  public StreamWriter writer() {
    return writer;
  }
}
