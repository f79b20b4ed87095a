package dev.jmpy.asyncio;

import dev.jmpy.annotations.PyModule;

/** {@code asyncio.TimeoutError}: raised by {@code wait_for} and {@code wait_for_ms}. */
@PyModule("asyncio")
public final class TimeoutError extends RuntimeException {
  public TimeoutError() { super(); }
}
