package dev.jmpy.asyncio;

import dev.jmpy.annotations.PyModule;
import dev.jmpy.asyncio.internal.EventLoop;
import java.util.HashMap;
import java.util.Map;

/**
 * MicroPython's {@code asyncio.Loop}, what {@code asyncio.get_event_loop()} returns: a class used
 * as a namespace, so there is one loop. Here the exception-handler functions and {@code close()}.
 *
 * <p>A failed task nobody awaits is reported on the next scheduling pass through
 * {@link #callExceptionHandler}, with one context map reused for every report (as MicroPython
 * reuses its {@code _exc_context} dict). An exception raised by the handler leaves
 * {@code run} at once. The handler stays set across {@code run} and {@code newEventLoop}, as on
 * the board; the JUnit extension {@code VirtualTime} clears it before each test.
 */
@PyModule("asyncio")
public final class Loop {
  static final Loop INSTANCE = new Loop();

  private static ExceptionHandler handler;
  private static final Map<String, Object> REUSED_CONTEXT = new HashMap<>();

  static {
    EventLoop.setUnretrievedReport((task, error) -> {
      REUSED_CONTEXT.put("message", EventLoop.unretrievedMessage());
      REUSED_CONTEXT.put("exception", error);
      REUSED_CONTEXT.put("future", Task.of(task));
      INSTANCE.callExceptionHandler(REUSED_CONTEXT);
    });
  }

  private Loop() {}

  /** {@code loop.set_exception_handler(handler)}; null restores the default. */
  public void setExceptionHandler(ExceptionHandler handler) {
    Loop.handler = handler;
  }

  /** {@code loop.get_exception_handler()}: null until one is set. */
  public ExceptionHandler getExceptionHandler() {
    return handler;
  }

  /**
   * {@code loop.default_exception_handler(loop, context)} (two arguments, as in MicroPython):
   * prints the context's message, the task and the exception's traceback to stderr.
   */
  public void defaultExceptionHandler(Loop loop, Map<String, Object> context) {
    Object exception = context.get("exception");
    if (!(exception instanceof Throwable error)) {
      throw new IllegalArgumentException("default_exception_handler: the context has no exception");
    }
    EventLoop.printDefaultReport(String.valueOf(context.get("message")), error);
  }

  /** {@code loop.call_exception_handler(context)}: the handler set, or the default one. */
  public void callExceptionHandler(Map<String, Object> context) {
    ExceptionHandler current = handler;
    if (current == null) {
      defaultExceptionHandler(this, context);
    } else {
      current.handle(this, context);
    }
  }

  /** {@code loop.close()}: does nothing, as in MicroPython. */
  public void close() {}

  /** Clears the handler, for test isolation (a fresh board). */
  static void reset() {
    handler = null;
  }
}
