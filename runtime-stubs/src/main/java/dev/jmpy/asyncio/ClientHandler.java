package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;

/**
 * The callback of {@link Asyncio#startServer}: a coroutine function called with the reader and the
 * writer of each new connection, which then runs as its own task. Write it as a method reference
 * to a {@code @Coroutine} method ({@code App::handle}) or a lambda. In MicroPython it must be an
 * {@code async def} (a plain function kills the server task), which is what jmpy generates.
 */
@FunctionalInterface
public interface ClientHandler {
  /** Serves one connection. */
  @Coroutine
  void handle(StreamReader reader, StreamWriter writer) throws Exception;
}
