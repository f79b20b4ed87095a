package dev.jmpy.machine;

import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;

/**
 * {@code machine.WDT}: the watchdog. Once started it cannot be stopped; if {@link #feed()} is not
 * called within the timeout the board resets, and the next boot's {@code reset_cause()} is
 * {@code WDT_RESET}. On the JVM the reset ends the run with a {@code dev.jmpy.board.BoardReset}.
 */
@PyModule("machine")
public class WDT {
  /** {@code machine.WDT(timeout=ms)}. */
  public WDT(@PyKeyword("timeout") int timeoutMs) {
    Hw.get().wdtStart(timeoutMs);
  }

  /** {@code wdt.feed()}. */
  public void feed() {
    Hw.get().wdtFeed();
  }
}
