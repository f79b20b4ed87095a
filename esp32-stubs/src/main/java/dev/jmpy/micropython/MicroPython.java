package dev.jmpy.micropython;

import dev.jmpy.annotations.PyModule;
import dev.jmpy.annotations.PyName;
import dev.jmpy.board.internal.Hw;
import java.util.function.Consumer;

/** MicroPython's {@code micropython} module: {@code MicroPython.schedule(f, arg)} is {@code micropython.schedule(f, arg)}. */
@PyModule("micropython")
public final class MicroPython {
  private MicroPython() {}

  /** {@code micropython.const(value)}: the value itself. */
  @PyName("const")
  public static int constant(int value) {
    return value;
  }

  /**
   * {@code micropython.schedule(function, arg)}: runs {@code function(arg)} soon, from the
   * scheduler queue IRQ handlers share (depth 8 on the ESP32; RuntimeError "schedule queue full").
   */
  public static <T> void schedule(Consumer<T> function, T arg) {
    if (!Hw.get().schedule(() -> function.accept(arg))) {
      throw new IllegalStateException("schedule queue full");
    }
  }
}
