package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.asyncio.internal.AsyncLock;

/** MicroPython's {@code asyncio.Lock}: FIFO hand-off to waiters. */
@PyModule("asyncio")
public final class Lock {
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
