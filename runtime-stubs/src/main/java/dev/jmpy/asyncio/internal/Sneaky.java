package dev.jmpy.asyncio.internal;

/** Rethrows any throwable unchanged, checked ones included, as Python re-raises anything. */
final class Sneaky {
  private Sneaky() {}

  /** Never returns; declared to return so callers can write {@code throw Sneaky.rethrow(t)}. */
  static RuntimeException rethrow(Throwable t) {
    throw Sneaky.<RuntimeException>cast(t);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E cast(Throwable t) throws E {
    throw (E) t;
  }
}
