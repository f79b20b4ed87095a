package dev.jmpy.asyncio;

import dev.jmpy.annotations.PyModule;

/**
 * {@code asyncio.CancelledError}, a {@code BaseException} in Python: an {@link Error} here, so that
 * {@code catch (Exception e)} does not catch it on either side.
 */
@PyModule("asyncio")
public final class CancelledError extends Error {
  public CancelledError() { super(null, null, false, false); }
}
