package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.annotations.PyName;
import dev.jmpy.asyncio.internal.AsyncLock;

/**
 * MicroPython's {@code asyncio.Lock}: FIFO hand-off to waiters. Held for a block with
 * try-with-resources, which is MicroPython's {@code async with}:
 *
 * <pre>{@code
 * try (var held = lock.hold()) {   // async with lock:
 *   counter++;                     //     counter += 1
 * }
 * }</pre>
 */
@PyModule("asyncio")
public final class Lock implements AutoCloseable {
  private final AsyncLock impl;

  /** {@code asyncio.Lock()}: starts unlocked. */
  public Lock() {
    impl = new AsyncLock();
  }

  /**
   * {@code await lock.acquire()}: returns at once, without yielding, when the lock is free;
   * otherwise queues behind the tasks already waiting, even when the lock is being handed over.
   */
  @Coroutine
  public boolean acquire() {
    return impl.acquire();
  }

  /**
   * Acquires the lock as {@link #acquire()} does and returns it, to be released at the end of a
   * try-with-resources block: {@code try (var held = lock.hold()) { ... }} is
   * {@code async with lock: ...}. The processor accepts it only as such a resource.
   */
  @Coroutine
  public Lock hold() {
    impl.acquire();
    return this;
  }

  /** {@code lock.release()}, the end of a try-with-resources block on {@link #hold()}. */
  @Override
  @PyName("release")
  public void close() {
    impl.release();
  }

  /**
   * {@code lock.release()}: raises {@code RuntimeError("Lock not acquired")} (a RuntimeException)
   * when not held. With waiters, hands the lock straight to the one waiting longest.
   */
  public void release() {
    impl.release();
  }

  /** {@code lock.locked()}: false while the lock is being handed to a waiter that has not run yet. */
  public boolean locked() {
    return impl.locked();
  }
}
