package dev.jmpy.asyncio;

import dev.jmpy.annotations.AwaitsReceiver;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.asyncio.internal.AsyncTask;

/**
 * MicroPython's {@code asyncio.Task}: a scheduled coroutine. Only {@code await}, {@code cancel()} and
 * {@code done()} exist on the board.
 *
 * @param <T> the coroutine's return value
 */
@PyModule("asyncio")
public final class Task<T> {
  final AsyncTask core;

  Task(AsyncTask core) {
    this.core = core;
    core.bindFacade(this);
  }

  /** The Task object of a task, made on first use (tasks started by gather or wait_for have none). */
  static Task<?> of(AsyncTask core) {
    Object facade = core.facade();
    return facade != null ? (Task<?>) facade : new Task<>(core);
  }

  /**
   * {@code await task}: waits for the task and returns its value or raises its exception. Several
   * awaiting tasks are woken in the order they began waiting. Raises RuntimeException("can't wait")
   * on a task that a running gather holds.
   */
  @AwaitsReceiver
  @SuppressWarnings("unchecked")
  public T await() {
    return (T) core.await();
  }

  /**
   * {@code task.cancel()}: false when already done; RuntimeException("can't cancel self") on the
   * running task. Otherwise the cancel goes to the innermost task this one awaits, which gets
   * {@link CancelledError} where it is suspended (a task cancelled before its first step never runs
   * its body).
   */
  public boolean cancel() {
    return core.cancel();
  }

  /** {@code task.done()}. */
  public boolean done() {
    return core.isDone();
  }

  /** MicroPython's repr of a Task. */
  @Override
  public String toString() {
    return "<Task>";
  }
}
