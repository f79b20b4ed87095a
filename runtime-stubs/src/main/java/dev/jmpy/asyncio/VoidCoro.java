package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;

/**
 * A coroutine object whose {@code async def} returns nothing ({@code None}). Written as a lambda or
 * method reference that calls a {@code void} {@code @Coroutine} method: {@code () -> count("A", 3)}
 * translates to {@code count("A", 3)}.
 */
@Coroutine
@FunctionalInterface
public interface VoidCoro {
  /** Runs the coroutine body (on the JVM, inside a task of the running loop). */
  void call() throws Exception;
}
