package dev.jmpy.board;

/**
 * How one boot of the simulated board went: its number (1 after power-on), the
 * {@code machine.reset_cause()} and {@code machine.wake_reason()} the program saw, and the reset
 * that ended it, or null when {@code main} returned.
 */
public record Boot(int number, int resetCause, int wakeReason, BoardReset reset) {
  /** Whether main returned (no reset). */
  public boolean returned() {
    return reset == null;
  }

  /** Whether the boot ended in {@code machine.deepsleep}. */
  public boolean deepSlept() {
    return reset != null && reset.kind() == BoardReset.Kind.DEEPSLEEP;
  }

  /** Whether the watchdog reset the board. */
  public boolean watchdogReset() {
    return reset != null && reset.kind() == BoardReset.Kind.WDT;
  }

  /** How long the deep sleep that ended this boot lasts (0 if none). */
  public long sleepMs() {
    return reset == null ? 0 : reset.sleepMs();
  }
}
