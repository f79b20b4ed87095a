package dev.jmpy.asyncio.internal;

import dev.jmpy.asyncio.CancelledError;

/** MicroPython's {@code asyncio.Lock} (lock.py): FIFO hand-off to the longest waiter. */
public final class AsyncLock {
  private static final Object UNLOCKED = "unlocked";
  private static final Object LOCKED = "locked";

  /** UNLOCKED, LOCKED, or the task the lock was handed to, which has not run yet. */
  private Object state = UNLOCKED;
  private final WaitQueue waiting = new WaitQueue("a Lock");

  /** {@code lock.locked()}: false while a hand-off is pending, as on the board. */
  public boolean locked() {
    return state == LOCKED;
  }

  /** RuntimeError("Lock not acquired") unless locked; hands the lock to the longest waiter. */
  public void release() {
    if (state != LOCKED) {
      throw new RuntimeException("Lock not acquired");
    }
    AsyncTask next = waiting.pop();
    if (next != null) {
      state = next;
      EventLoop.push(next, EventLoop.now());
    } else {
      state = UNLOCKED;
    }
  }

  /** {@code await lock.acquire()}: no suspension when free; queues behind waiters otherwise. */
  public boolean acquire() {
    if (state != UNLOCKED) {
      AsyncTask current = EventLoop.requireCurrent();
      waiting.push(current);
      current.data = waiting;
      try {
        EventLoop.suspend(current, true);
      } catch (CancelledError cancelled) {
        if (state == current) {
          // Cancelled after the lock was handed over: pass it on to the next waiter.
          state = LOCKED;
          release();
        }
        throw cancelled;
      }
    }
    state = LOCKED;
    return true;
  }
}
