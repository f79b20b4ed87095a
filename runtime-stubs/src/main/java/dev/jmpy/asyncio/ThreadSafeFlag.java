package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.annotations.PyName;
import dev.jmpy.asyncio.internal.AsyncFlag;

/**
 * MicroPython's {@code asyncio.ThreadSafeFlag}: a self-clearing flag that one task waits on and
 * that an interrupt handler sets. On the JVM, {@link #set()} may be called from any thread (the
 * stand-in for an interrupt); it wakes the loop if it is waiting. Unlike {@link Event}, only one
 * task may wait at a time, and waiting clears the flag.
 */
@PyModule("asyncio")
public final class ThreadSafeFlag {
  private final AsyncFlag flag = new AsyncFlag();

  /** {@code asyncio.ThreadSafeFlag()}: starts cleared. */
  public ThreadSafeFlag() {}

  /** {@code flag.set()}: safe from any thread; the waiter runs after the loop's next poll. */
  public void set() {
    flag.set();
  }

  /** {@code flag.clear()}. */
  public void clear() {
    flag.clear();
  }

  /**
   * {@code await flag.wait()}: returns at once, without yielding, if the flag is set; else waits for
   * {@link #set()}. Clears the flag. Returns nothing (Event.wait returns True). A second task
   * waiting at the same time throws IllegalStateException on the JVM (on the board it silently
   * replaces the first waiter, which then waits forever).
   */
  @Coroutine
  @PyName("wait")
  public void await() {
    flag.await();
  }
}
