package dev.jmpy.micropython;

import dev.jmpy.annotations.PyModule;
import dev.jmpy.board.internal.Hw;

/**
 * MicroPython's {@code gc} module: {@code Gc.memFree()} is {@code gc.mem_free()}. On the JVM the
 * heap figures are the simulated board's (set by the test; about 111 KB free by default), not the
 * JVM's.
 */
@PyModule("gc")
public final class Gc {
  private Gc() {}

  /** {@code gc.collect()}. */
  public static void collect() {}

  /** {@code gc.mem_free()}: bytes of heap free. */
  public static int memFree() {
    return (int) Hw.get().memFree();
  }

  /** {@code gc.mem_alloc()}: bytes of heap in use. */
  public static int memAlloc() {
    return (int) Hw.get().memAlloc();
  }

  /** {@code gc.enable()}. */
  public static void enable() {}

  /** {@code gc.disable()}. */
  public static void disable() {}
}
