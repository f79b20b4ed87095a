package dev.jmpy.asyncio.internal;

import java.util.ArrayDeque;

/**
 * The {@code TaskQueue} of an Event, a Lock or an awaited Task. MicroPython keys it by push time,
 * which never decreases, with FIFO ties: that is plain FIFO order.
 */
final class WaitQueue implements Removable {
  private final ArrayDeque<AsyncTask> tasks = new ArrayDeque<>();
  /** What the tasks wait on, for deadlock reports. */
  final String label;

  WaitQueue(String label) {
    this.label = label;
  }

  void push(AsyncTask task) {
    tasks.addLast(task);
  }

  /** The longest waiter, or null. */
  AsyncTask pop() {
    return tasks.pollFirst();
  }

  boolean isEmpty() {
    return tasks.isEmpty();
  }

  @Override
  public void remove(AsyncTask task) {
    tasks.remove(task);
  }
}
