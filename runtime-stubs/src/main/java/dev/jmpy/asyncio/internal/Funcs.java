package dev.jmpy.asyncio.internal;

import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.TimeoutError;
import java.util.ArrayList;
import java.util.List;

/** MicroPython's {@code extmod/asyncio/funcs.py}: {@code gather} and {@code wait_for}. */
public final class Funcs {
  private Funcs() {}

  /**
   * {@code await asyncio.gather(*aws, return_exceptions=...)}, called from the gathering task.
   * Each element of {@code aws} is a coroutine (made a task now, in argument order) or an
   * {@link AsyncTask}. Returns the results in argument order. Without return_exceptions the first
   * exception reported is rethrown and the other children keep running; if the gatherer is
   * cancelled, the children still running are cancelled and CancelledError is thrown at once.
   * Does not suspend when nothing is left to wait for.
   */
  public static List<Object> gather(Object[] aws, boolean returnExceptions) {
    AsyncTask gatherer = EventLoop.requireCurrent();
    int count = aws.length;
    AsyncTask[] children = new AsyncTask[count];
    for (int i = 0; i < count; i++) {
      children[i] =
          aws[i] instanceof AsyncTask task ? task : EventLoop.createTaskOf(aws[i]);
    }
    GatherWait wait = new GatherWait(gatherer, returnExceptions);
    for (AsyncTask child : children) {
      switch (child.state) {
        case PENDING -> {
          child.state = AsyncTask.State.GATHERED;
          child.gatherCallback = wait;
          wait.remaining++;
        }
        case DONE, DONE_UNRETRIEVED -> {
          if (child.error != null && !returnExceptions) {
            wait.remaining = -count; // already failed: do not wait at all
          }
        }
        default -> throw new RuntimeException("can't gather");
      }
    }
    boolean cancelAll = false;
    if (wait.remaining > 0) {
      gatherer.data = wait;
      try {
        EventLoop.suspend(gatherer, true);
      } catch (CancelledError cancelled) {
        cancelAll = true;
        wait.failure = cancelled;
      }
    }
    List<Object> results = new ArrayList<>(count);
    for (AsyncTask child : children) {
      if (child.state == AsyncTask.State.GATHERED && child.gatherCallback == wait) {
        // Still running: no longer gathered (its later failure is reported as unretrieved).
        child.state = AsyncTask.State.PENDING;
        child.gatherCallback = null;
        if (cancelAll) {
          child.cancel();
        }
        results.add(null);
      } else if (child.isDone() && child.error == null) {
        results.add(child.value);
      } else {
        if (returnExceptions) {
          results.add(child.error);
        } else {
          if (wait.failure == null) {
            wait.failure = child.error;
          }
          results.add(null);
        }
      }
    }
    if (wait.failure != null) {
      throw Sneaky.rethrow(wait.failure);
    }
    return results;
  }

  /**
   * {@code await asyncio.wait_for_ms(aw, timeout_ms)} (and {@code wait_for}, whose seconds are
   * truncated to ms by its own sleep). Runs {@code aw} as a task awaited by a helper task while the
   * caller sleeps: returns its value, or rethrows its exception, if it ends first. On timeout
   * cancels it, waits for it to end and throws TimeoutError, even if it swallowed the cancel. A
   * cancel of the caller cancels {@code aw} and is rethrown at once, without waiting for it.
   */
  public static Object waitFor(Object aw, int timeoutMs) {
    AsyncTask waiter = EventLoop.requireCurrent();
    AsyncTask awaited = EventLoop.createTaskOf(aw);
    AsyncTask runner =
        EventLoop.createTask(
            () -> {
              runAndWake(waiter, awaited);
              return null;
            });
    Object outcome;
    try {
      outcome = EventLoop.sleepRaw(waiter, timeoutMs);
    } catch (CancelledError cancelled) {
      runner.cancel();
      throw cancelled;
    }
    if (outcome instanceof WaitForOutcome done) {
      if (done.error() != null) {
        throw Sneaky.rethrow(done.error());
      }
      return done.value();
    }
    runner.cancel();
    runner.await();
    throw new TimeoutError();
  }

  /** funcs.py {@code _run}: awaits the coroutine's task, then wakes the sleeping waiter with the outcome. */
  private static void runAndWake(AsyncTask waiter, AsyncTask awaited) {
    Object value = null;
    Throwable error = null;
    try {
      value = awaited.await();
    } catch (TaskDiscarded dropped) {
      throw dropped;
    } catch (Throwable failure) {
      error = failure;
    }
    if (waiter.data == null && waiter.cancel()) {
      waiter.data = new WaitForOutcome(value, error);
    }
  }
}
