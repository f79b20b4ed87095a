package dev.jmpy.asyncio.internal;

import java.nio.channels.SelectableChannel;

/** What a task can wait on in the {@link IoQueue}: a socket stream, a listening socket, a flag. */
interface Pollable {
  /** The socket to poll, or null for a flag. */
  SelectableChannel channel();

  /** Readable without asking the socket: a set flag, or bytes a stream already holds. */
  boolean readableNow();
}
