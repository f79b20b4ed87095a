package dev.jmpy.machine;

import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;
import java.util.function.Consumer;

/**
 * {@code machine.Timer}: a hardware timer (ids 0-3) calling back once or periodically. On the
 * ESP32 the callback is always soft (queued; {@code hard=True} raises "hard Timers are not
 * implemented"), so it runs like a pin IRQ handler, at the next opportunity.
 */
@PyModule("machine")
public class Timer {
  /** {@code Timer.ONE_SHOT}. */
  public static final int ONE_SHOT = 0;
  /** {@code Timer.PERIODIC}. */
  public static final int PERIODIC = 1;

  private long generation;

  /** {@code machine.Timer(id)}. */
  public Timer(int id) {
    if (id < 0 || id > 3) {
      throw new IllegalArgumentException("invalid Timer number");
    }
  }

  /** {@code timer.init(mode=m, period=ms, callback=cb)}. */
  public void init(@PyKeyword("mode") int mode, @PyKeyword("period") int period,
      @PyKeyword("callback") Consumer<Timer> callback) {
    long armed = ++generation;
    arm(armed, mode, period, callback);
  }

  private void arm(long armed, int mode, int period, Consumer<Timer> callback) {
    Hw hw = Hw.get();
    hw.programAfter(period, () -> {
      if (armed != generation) {
        return;
      }
      if (callback != null) {
        hw.schedule(() -> callback.accept(this));
      }
      if (mode == PERIODIC) {
        arm(armed, mode, period, callback);
      }
    });
  }

  /** {@code timer.deinit()}: stops it. */
  public void deinit() {
    generation++;
  }
}
