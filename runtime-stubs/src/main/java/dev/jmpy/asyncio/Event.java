package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.annotations.PyName;
import dev.jmpy.asyncio.internal.AsyncEvent;

/** MicroPython's {@code asyncio.Event}. */
@PyModule("asyncio")
public final class Event {
  private final AsyncEvent impl;

  /** {@code asyncio.Event()}: starts cleared. */
  public Event() {
    impl = new AsyncEvent();
  }

  /**
   * {@code e.set()}: wakes every waiter, in the order they began waiting. The caller keeps running;
   * the waiters run after every task already due.
   */
  public void set() {
    impl.set();
  }

  /** {@code e.clear()}. */
  public void clear() {
    impl.clear();
  }

  /** {@code e.is_set()}. */
  @PyName("is_set")
  public boolean isSet() {
    return impl.isSet();
  }

  /**
   * {@code await e.wait()} (Java's {@code Object.wait()} is final, hence the name). Returns at once,
   * without yielding, when the event is set.
   */
  @Coroutine
  @PyName("wait")
  public boolean await() {
    return impl.await();
  }
}
