package dev.jmpy.asyncio;

import dev.jmpy.annotations.PyModule;
import dev.jmpy.annotations.PyName;
import dev.jmpy.asyncio.internal.AsyncTask;
import dev.jmpy.asyncio.internal.EventLoop;
import java.util.HashMap;
import java.util.Map;

/**
 * MicroPython's {@code asyncio.Loop}, what {@code asyncio.get_event_loop()} returns: a class used
 * as a namespace, so there is one loop: {@code create_task}, {@code run_until_complete},
 * {@code run_forever} / {@code stop}, the exception-handler functions and {@code close()}.
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

  /** {@code _stop_task}: the stopper of the running {@code run_forever}, until stop() queues it. */
  private static AsyncTask stopTask;

  private Loop() {}

  /** {@code loop.create_task(coro)}: as {@link Asyncio#createTask(Coro)}. */
  @PyName("create_task")
  public <T> Task<T> createTask(Coro<T> coro) {
    return Asyncio.createTask(coro);
  }

  /** {@code loop.create_task(coro)} for a coroutine that returns nothing. */
  @PyName("create_task")
  public Task<Void> createTask(VoidCoro coro) {
    return Asyncio.createTask(coro);
  }

  /** {@code loop.run_until_complete(coro)}: as {@link Asyncio#run(Coro)}. */
  @PyName("run_until_complete")
  public <T> T runUntilComplete(Coro<T> coro) {
    return Asyncio.run(coro);
  }

  /** {@code loop.run_until_complete(coro)} for a coroutine that returns nothing. */
  @PyName("run_until_complete")
  public void runUntilComplete(VoidCoro coro) {
    Asyncio.run(coro);
  }

  /**
   * {@code loop.run_forever()}: runs the queued tasks until {@link #stop()} is called; the tasks
   * still queued then go on at the next run. Where the board would poll forever (nothing left to
   * run and no stop), the JVM throws IllegalStateException naming the blocked tasks.
   */
  @PyName("run_forever")
  public void runForever() {
    AsyncTask stopper = EventLoop.newUnqueuedTask(() -> null);
    stopTask = stopper;
    try {
      EventLoop.runUntilComplete(stopper);
    } finally {
      if (stopTask == stopper) {
        // Left by an exception, not by stop(): this stopper will never run.
        stopTask = null;
        EventLoop.forgetUnqueued(stopper);
      }
    }
  }

  /**
   * {@code loop.stop()}: queues the stopper, so {@code run_forever} returns when the scheduler
   * reaches it (after the tasks already due). A second call before then does nothing.
   */
  public void stop() {
    AsyncTask stopper = stopTask;
    if (stopper != null) {
      EventLoop.pushNow(stopper);
      stopTask = null;
    }
  }

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
