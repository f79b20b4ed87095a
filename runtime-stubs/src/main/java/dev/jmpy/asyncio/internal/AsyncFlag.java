package dev.jmpy.asyncio.internal;

import java.nio.channels.SelectableChannel;

/**
 * MicroPython's {@code asyncio.ThreadSafeFlag} (event.py): a flag that a task waits on through the
 * {@link IoQueue}, which sees it as readable while set. {@link #set()} may be called from any thread
 * (on the board, an interrupt handler); it wakes a loop blocked in its poll.
 */
public final class AsyncFlag implements Pollable {
  private volatile boolean state;

  /** {@code flag.set()}: from any thread. The waiter runs after the loop's next poll. */
  public void set() {
    state = true;
    EventLoop.io.wakeUp();
  }

  /** {@code flag.clear()}. */
  public void clear() {
    state = false;
  }

  /**
   * {@code await flag.wait()}: returns at once, without yielding, when set; else waits for the set.
   * Clears the flag either way. One waiter at a time (a second one throws IllegalStateException;
   * MicroPython lets it replace the first, which then hangs forever).
   */
  public void await() {
    if (!state) {
      EventLoop.io.waitReadable(this);
    }
    state = false;
  }

  @Override
  public SelectableChannel channel() {
    return null;
  }

  @Override
  public boolean readableNow() {
    return state;
  }
}
