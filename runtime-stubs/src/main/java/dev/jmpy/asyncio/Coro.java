package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;

/**
 * A coroutine object that produces a value: in MicroPython, the result of calling an
 * {@code async def}. Written as a lambda or method reference that calls a {@code @Coroutine} method:
 * {@code () -> fetch(url)} or {@code App::main} translate to {@code fetch(url)} and {@code main()}.
 *
 * @param <T> the coroutine's return value
 */
@Coroutine
@FunctionalInterface
public interface Coro<T> {
  /** Runs the coroutine body (on the JVM, inside a task of the running loop). */
  T call() throws Exception;
}
