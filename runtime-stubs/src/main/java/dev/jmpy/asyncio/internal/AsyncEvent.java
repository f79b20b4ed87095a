package dev.jmpy.asyncio.internal;

/** MicroPython's {@code asyncio.Event} (event.py). */
public final class AsyncEvent {
  private boolean state;
  private final WaitQueue waiting = new WaitQueue("an Event");

  /** {@code event.is_set()}. */
  public boolean isSet() {
    return state;
  }

  /** Queues every waiter (in the order they began waiting) at now; the caller keeps running. */
  public void set() {
    long now = EventLoop.now();
    for (AsyncTask waiter = waiting.pop(); waiter != null; waiter = waiting.pop()) {
      EventLoop.push(waiter, now);
    }
    state = true;
  }

  /** {@code event.clear()}: waiters already woken stay woken. */
  public void clear() {
    state = false;
  }

  /** {@code await event.wait()}: returns true at once, without suspending, when set. */
  public boolean await() {
    if (!state) {
      AsyncTask current = EventLoop.requireCurrent();
      waiting.push(current);
      current.data = waiting;
      EventLoop.suspend(current, true);
    }
    return true;
  }
}
