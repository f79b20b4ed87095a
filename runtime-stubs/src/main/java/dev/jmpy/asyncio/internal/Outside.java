package dev.jmpy.asyncio.internal;

import java.util.concurrent.Callable;

/**
 * What lies outside the event loop: timed events that wake it (a simulated board's inputs and
 * watchdog, plugged in by jmpy-esp32), and a thread outside the loop that may be about to use it
 * (a test's own client). The loop asks this class before it moves a virtual clock.
 *
 * <p><b>The rule for virtual time with outside I/O.</b> The clock jumps only when every task
 * waits <em>and</em> no outside party is busy. The thread a test runs on (registered by the JUnit
 * extensions with {@link #watch}) is a busy party while the loop runs on another thread, unless it
 * is inside {@link #idle}. A test thread that runs the loop itself ({@code Asyncio.run}) is blocked
 * on the loop and never busy. While a party is busy and every task waits, the clock does not jump:
 * it follows real time, so a client that is about to connect never finds the server's clock hours
 * ahead, and a server that sleeps while the client waits for its answer still makes progress.
 *
 * <p>Timed events fire when the clock reaches them, before tasks due at the same time (an
 * interrupt arrives while the loop waits); {@link Events#runDue} also runs handlers the board has
 * scheduled meanwhile (MicroPython's {@code mp_sched_schedule} queue), at every scheduling step.
 */
public final class Outside {
  private Outside() {}

  /** No wake-up: the value of {@link Events#nextEventMs()} when nothing is scheduled. */
  public static final long NEVER = Long.MAX_VALUE;

  /** Timed events of the world outside the loop, on the loop's clock. */
  public interface Events {
    /** The loop time (ms) of the next timed event, or {@link #NEVER}. */
    long nextEventMs();

    /**
     * Fires the events due at {@code nowMs} and runs the handlers scheduled so far. Called with
     * the baton, at every scheduling step and when the clock has moved to an event. May throw a
     * {@link LoopHalt} (the board resets), which ends the run at once.
     */
    void runDue(long nowMs);
  }

  /**
   * Thrown to end the whole run at once, out of {@code Asyncio.run}, with no further task step: a
   * board that resets (watchdog, {@code machine.reset()}, deep sleep). Not an Exception, so user
   * code catching {@code Exception} lets it through.
   */
  public abstract static class LoopHalt extends Error {
    protected LoopHalt(String message) {
      super(message, null, false, false);
    }
  }

  private static Events events;
  private static volatile Thread watched;
  private static volatile int idleDepth;

  /** Plugs in the outside events (null: none). Call between runs. */
  public static void setEvents(Events outsideEvents) {
    events = outsideEvents;
  }

  /** The plugged-in events, or null. */
  public static Events events() {
    return events;
  }

  /** Registers the test's thread as an outside party (null: none). */
  public static void watch(Thread testThread) {
    watched = testThread;
    idleDepth = 0;
  }

  /**
   * Runs {@code body} with the watched thread declared idle: meanwhile the virtual clock may jump
   * (for example while the test waits for the loop's thread to end).
   */
  public static <T> T idle(Callable<T> body) throws Exception {
    boolean mine = Thread.currentThread() == watched;
    if (mine) {
      idleDepth++;
      EventLoop.io.wakeUp(); // a loop following real time may jump now
    }
    try {
      return body.call();
    } finally {
      if (mine) {
        idleDepth--;
      }
    }
  }

  /**
   * Wakes a loop waiting in its poll, from any thread: an outside event was scheduled or a
   * handler queued, so it should look again (as {@code ThreadSafeFlag.set()} does).
   */
  public static void wake() {
    EventLoop.io.wakeUp();
  }

  /** Whether an outside party is busy: the watched thread is neither the loop's driver nor idle. */
  static boolean busy(Thread driver) {
    Thread party = watched;
    return party != null && party != driver && idleDepth == 0 && party.isAlive();
  }

  static long nextEventMs() {
    Events e = events;
    return e == null ? NEVER : e.nextEventMs();
  }

  static void runDue(long nowMs) {
    Events e = events;
    if (e != null) {
      e.runDue(nowMs);
    }
  }
}
