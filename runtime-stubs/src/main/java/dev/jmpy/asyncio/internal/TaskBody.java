package dev.jmpy.asyncio.internal;

/** The body of a task: a coroutine object, adapted from {@code Coro} or {@code VoidCoro}. */
@FunctionalInterface
public interface TaskBody {
  /** Runs the coroutine to its end on the task's thread; returns its value ({@code null} for none). */
  Object run() throws Throwable;
}
