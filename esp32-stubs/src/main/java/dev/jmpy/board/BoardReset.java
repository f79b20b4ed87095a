package dev.jmpy.board;

import dev.jmpy.asyncio.internal.Outside;

/**
 * The simulated board reset: the watchdog expired, or the program called
 * {@code machine.deepsleep}, {@code machine.reset} or {@code machine.soft_reset}. On the board
 * nothing runs after it; on the JVM it ends {@code Asyncio.run} at once (no task takes another
 * step) and unwinds the program's {@code main}, so a test sees it instead of a hang. It is an
 * {@link Error}, so {@code catch (Exception e)} in the program lets it through, as nothing on the
 * board can catch a reset; do not catch {@code Throwable} or {@code Error} around board code.
 *
 * <p>{@link Board#run} catches it and reports it as the end of a {@link Boot}; the next
 * {@code run} boots the board again with the reset cause it implies.
 */
public final class BoardReset extends Outside.LoopHalt {
  /** What reset the board. */
  public enum Kind {
    /** The watchdog was not fed in time: reset_cause() WDT_RESET. */
    WDT,
    /** machine.deepsleep(ms): reset_cause() DEEPSLEEP_RESET after the sleep. */
    DEEPSLEEP,
    /** machine.reset(): reset_cause() HARD_RESET. */
    HARD,
    /** machine.soft_reset(): reset_cause() SOFT_RESET. */
    SOFT
  }

  private final Kind kind;
  private final int resetCause;
  private final long sleepMs;
  private final int wakeReason;

  /** A reset; {@code sleepMs} and {@code wakeReason} matter for deep sleep only. */
  public BoardReset(Kind kind, int resetCause, long sleepMs, int wakeReason) {
    super("board reset: " + kind.name().toLowerCase(java.util.Locale.ROOT)
        + (kind == Kind.DEEPSLEEP ? " " + sleepMs + " ms" : ""));
    this.kind = kind;
    this.resetCause = resetCause;
    this.sleepMs = sleepMs;
    this.wakeReason = wakeReason;
  }

  public Kind kind() {
    return kind;
  }

  /** The {@code machine.reset_cause()} of the next boot. */
  public int resetCause() {
    return resetCause;
  }

  /** How long a deep sleep lasts (0: until a wake pin). */
  public long sleepMs() {
    return sleepMs;
  }

  /** The {@code machine.wake_reason()} of the next boot. */
  public int wakeReason() {
    return wakeReason;
  }
}
