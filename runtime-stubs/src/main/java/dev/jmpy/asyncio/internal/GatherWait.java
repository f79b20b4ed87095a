package dev.jmpy.asyncio.internal;

/**
 * One awaited {@code gather}: its {@code done} callback, its {@code state} counter, and the
 * {@code _Remove} marker the gathering task is parked on (funcs.py).
 */
final class GatherWait implements Removable {
  final AsyncTask gatherer;
  final boolean returnExceptions;
  /** gather's integer {@code state}: children still to wait for (negative: do not wait). */
  int remaining;
  /** gather's {@code state} once it holds an exception (set: raise it). */
  Throwable failure;

  GatherWait(AsyncTask gatherer, boolean returnExceptions) {
    this.gatherer = gatherer;
    this.returnExceptions = returnExceptions;
  }

  /** {@code _Remove.remove}: a cancelled gatherer is on no queue, so nothing to do. */
  @Override
  public void remove(AsyncTask task) {}

  /** gather's {@code done(t, er)}: a child ended, with {@code error} or normally (null). */
  void childDone(AsyncTask child, Throwable error) {
    if (gatherer.data != this) {
      // The gatherer is already scheduled: another child failed, or it was cancelled.
      return;
    }
    if (!returnExceptions && error != null) {
      failure = error;
    } else {
      remaining--;
      if (remaining != 0) {
        return;
      }
    }
    EventLoop.push(gatherer, EventLoop.now());
  }
}
