package garden;

import dev.jmpy.annotations.PyModule;

/** A user's own stub of the module's functions: all static, so module-level names. */
@PyModule("machine")
public final class Board {
  private Board() {}

  public static final int DEEPSLEEP_RESET = 4;

  public static int resetCause() {
    return 0;
  }
}
