package dev.jmpy.asyncio.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Something that can hold the loop's baton: a task's thread, or the thread waiting in {@code run}
 * or {@code newEventLoop}. The baton is handed over with a volatile flag plus unpark, which also
 * publishes every loop-state write of the giver to the receiver.
 */
class Party {
  /** The thread that waits for the baton; for a task, null until its first step. */
  Thread thread;

  private volatile boolean go;

  Party(Thread thread) {
    this.thread = thread;
  }

  /** Gives the baton to this party. The caller must not touch loop state afterwards. */
  void handBaton() {
    go = true;
    LockSupport.unpark(thread);
  }

  /** Parks the calling thread (which must be {@link #thread}) until someone hands it the baton. */
  void awaitBaton() {
    if (!go) {
      parkForBaton();
    }
    go = false;
  }

  /**
   * The park loop, apart from the check before it: when a million tasks park before any is resumed,
   * the JIT sees the check before parking always false and would compile a trap for "true"; had
   * the check after the park been the same bytecode, every resumed task would then be deoptimized
   * (about 10 microseconds each). The check after the park has no such one-sided profile.
   */
  private void parkForBaton() {
    boolean interrupted = false;
    do {
      LockSupport.park(this);
      // An interrupt is not a hand-off: remember it for the user's code, keep waiting.
      interrupted |= Thread.interrupted();
    } while (!go);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * As {@link #awaitBaton()}, but returns false as soon as the thread is interrupted (the interrupt
   * is consumed; the baton may still come later).
   */
  boolean awaitBatonUnlessInterrupted() {
    while (!go) {
      LockSupport.park(this);
      if (Thread.interrupted()) {
        return false;
      }
    }
    go = false;
    return true;
  }

  /** As {@link #awaitBaton()}, but gives up after {@code timeoutNanos}; true when it got the baton. */
  boolean awaitBaton(long timeoutNanos) {
    long deadline = System.nanoTime() + timeoutNanos;
    boolean interrupted = false;
    while (!go) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      LockSupport.parkNanos(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
      if (Thread.interrupted()) {
        interrupted = true;
      }
    }
    boolean got = go;
    go = false;
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return got;
  }
}
