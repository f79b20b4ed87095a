package dev.jmpy.asyncio.internal;

import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Coro;
import dev.jmpy.asyncio.VoidCoro;

/**
 * One asyncio task: MicroPython's {@code Task} ({@code extmod/modasyncio.c}, {@code task.py}),
 * running its coroutine on a virtual thread of its own.
 *
 * <p>The fields mirror the board's: {@link #state} is {@code Task.state} (running and not awaited,
 * awaited by a queue of tasks, gathered, done and not retrieved, done and retrieved), {@link #data}
 * is {@code Task.data} while the task is pending (what it waits on, or the exception to throw into
 * it when it next runs), {@link #key} is {@code ph_key}.
 *
 * <p>A task is lean, since tests may hold a million of them: its coroutine is run directly (no
 * adapter), it is its thread's {@link Runnable}, and it links itself into the loop's list of live
 * tasks.
 */
public final class AsyncTask extends Party implements Runnable {
  enum State {
    /** {@code state is True}: running, nobody awaits it. */
    PENDING,
    /** {@code state} is a TaskQueue: running, {@link #awaiters} wait for it. */
    AWAITED,
    /** {@code state} is gather's callback. */
    GATHERED,
    /** {@code state is None}: finished, result not retrieved yet. */
    DONE_UNRETRIEVED,
    /** {@code state is False}: finished and awaited. */
    DONE
  }

  /** The coroutine: a {@link Coro}, a {@link VoidCoro} or a runtime-made {@link TaskBody}. */
  private final Object body;
  /** Creation number, for thread names and diagnostics. */
  final long number;

  State state = State.PENDING;
  WaitQueue awaiters;
  GatherWait gatherCallback;

  /**
   * MicroPython's {@code data} while pending: null, a {@link Removable} it is parked on, the
   * {@link AsyncTask} it awaits, a {@link Throwable} to throw at its suspension point, or a
   * {@link WaitForOutcome}. Pushing on the run queue clears it, as on the board.
   */
  Object data;

  /** Run-queue position: wake time in loop ms, then push sequence. */
  long key;
  long seq;
  /** Where it is in the {@link RunQueue} (its heap index, or a marker). */
  int queueIndex = RunQueue.NOT_QUEUED;

  /** Outcome once done. */
  Object value;
  Throwable error;

  /** Re-queued after failing while detached: the "exception not retrieved" check is due. */
  boolean reportPending;
  /** Awaited after it failed but before its deferred report pass (see {@link #await}). */
  private boolean awaitedBeforeReport;
  /** Dropped by newEventLoop(): never scheduled again; its thread is unwound. */
  boolean discarded;

  private Object facade;

  /** Links of {@link TaskList} (the loop's live tasks). */
  AsyncTask prevLive;
  AsyncTask nextLive;
  boolean listed;
  /** Its thread has finished the body (it may still be handing the baton on). */
  boolean bodyEnded;

  AsyncTask(Object body, long number) {
    super(null);
    this.body = body;
    this.number = number;
  }

  /** The {@code dev.jmpy.asyncio.Task} object that stands for this task, or null before one is made. */
  public Object facade() {
    return facade;
  }

  /** Binds the user-facing {@code Task} object to this task (once). */
  public void bindFacade(Object facade) {
    this.facade = facade;
  }

  /** {@code task.done()}. */
  public boolean isDone() {
    return state == State.DONE_UNRETRIEVED || state == State.DONE;
  }

  /**
   * {@code await task}: returns the task's value or rethrows its exception (checked ones
   * unchanged). Several awaiters are woken in the order they began waiting.
   */
  public Object await() {
    AsyncTask current = EventLoop.requireCurrent();
    // Task.__iter__
    if (isDone()) {
      if (error != null && reportPending) {
        awaitedBeforeReport = true;
      } else if (error != null && awaitedBeforeReport) {
        // v1.27's C Task left data None at the report pass: this await does `raise None` and
        // crashes the board (micropython-asyncio.md §2.6). Failing here shows where.
        throw new IllegalStateException("asyncio: task " + number + " failed and was awaited "
            + "before its exception report; awaiting it again crashes MicroPython v1.27 "
            + "(segfault). Await a failed task once, or keep its outcome in a variable");
      }
      state = State.DONE;
    } else if (state == State.PENDING) {
      state = State.AWAITED;
      awaiters = new WaitQueue("a task");
    } else if (state != State.AWAITED) {
      throw new RuntimeException("can't wait");
    }
    // Task.__next__, repeated until the task is done
    while (!isDone()) {
      awaiters.push(current);
      current.data = this;
      EventLoop.suspend(current, true);
    }
    if (error != null) {
      throw Sneaky.rethrow(error);
    }
    return value;
  }

  /**
   * {@code task.cancel()} (modasyncio.c {@code task_cancel}): false when done; RuntimeError on the
   * running task; otherwise forwards to the innermost awaited task, takes it off the Event/Lock/
   * gather queue it is parked on or brings its wake time forward to now, and arranges for
   * CancelledError to be thrown at its suspension point.
   */
  public boolean cancel() {
    if (isDone()) {
      return false;
    }
    if (this == EventLoop.current) {
      throw new RuntimeException("can't cancel self");
    }
    AsyncTask target = this;
    while (target.data instanceof AsyncTask awaited) {
      target = awaited;
    }
    long now = EventLoop.now();
    if (target.data instanceof Removable queue) {
      queue.remove(target);
      EventLoop.push(target, now);
    } else if (target.key > now) {
      EventLoop.removeFromRunQueue(target);
      EventLoop.push(target, now);
    }
    target.data = new CancelledError();
    return true;
  }

  /** Body of the task's virtual thread; it starts holding the baton. Not for other callers. */
  @Override
  public void run() {
    if (thread != Thread.currentThread()) {
      throw new IllegalStateException("AsyncTask.run is its own thread's body");
    }
    Object result = null;
    Throwable failure = null;
    try {
      // The coroutine is called from this frame (no helper frame under every parked task).
      if (body instanceof Coro<?> coro) {
        result = coro.call();
      } else if (body instanceof VoidCoro coro) {
        coro.call();
      } else {
        result = ((TaskBody) body).run();
      }
    } catch (Throwable t) {
      failure = t;
    }
    bodyEnded = true;
    // Still holding the baton: settle, hand it on, and let the thread end.
    if (discarded) {
      EventLoop.discardedTaskEnded(this);
    } else {
      EventLoop.taskEnded(this, result, failure);
    }
  }

  /** MicroPython's repr of a Task. */
  @Override
  public String toString() {
    return "<Task>";
  }
}
