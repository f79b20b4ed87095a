package dev.jmpy.asyncio;

import java.util.Map;

/**
 * A handler for {@link Loop#setExceptionHandler}: MicroPython calls it as
 * {@code handler(loop, context)}, a plain function of two arguments. The context of a failed task
 * nobody awaited has {@code "message"} ({@code "Task exception wasn't retrieved"}),
 * {@code "exception"} and {@code "future"} (the {@link Task}).
 */
@FunctionalInterface
public interface ExceptionHandler {
  /** Handles one report. */
  void handle(Loop loop, Map<String, Object> context);
}
