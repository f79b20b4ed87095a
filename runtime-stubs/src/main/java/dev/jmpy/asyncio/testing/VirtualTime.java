package dev.jmpy.asyncio.testing;

import dev.jmpy.asyncio.Asyncio;
import dev.jmpy.asyncio.internal.EventLoop;
import dev.jmpy.asyncio.internal.Outside;
import java.util.concurrent.Callable;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that runs each test on virtual time, {@code @ExtendWith(VirtualTime.class)}.
 * A JVM-only test aid: nothing in MicroPython corresponds to it.
 *
 * <p>Before each test: drops whatever an earlier run left queued ({@code asyncio.new_event_loop()})
 * and starts a virtual clock at 0 ms. The clock moves only when every task is blocked, and then
 * straight to the earliest wake-up, so {@code Asyncio.sleep(3600)} ends at once while the order
 * of events stays exactly as with real time. A plain blocking call ({@code Thread.sleep}) does not
 * move it.
 *
 * <p>After each test: drops the tasks still pending (their threads are unwound), closes the sockets
 * that streams and servers left open, fails the test if any task thread is still alive, and
 * switches back to real time.
 *
 * <p>Sockets are real: the clock also waits while I/O is in flight. When every task waits and
 * nothing is readable, the loop first waits up to 200 ms of real time for bytes on any open
 * connection a task reads or writes (a client on another thread), and only then moves the clock.
 *
 * <p>The test's own thread counts as outside I/O: while the loop runs on another thread (a server
 * the test talks to), the clock never jumps ahead of the test; it follows real time until the test
 * blocks on the loop ({@code Asyncio.run} on the test thread) or declares itself idle with
 * {@link #idle} or {@link #join}. So a client the test is about to start never finds the server's
 * clock hours ahead.
 *
 * <p>The event loop is global, as on the board: tests using it must not run in parallel.
 */
public final class VirtualTime implements BeforeEachCallback, AfterEachCallback {
  /** How long the teardown waits for task threads to end. */
  private static final long THREAD_END_TIMEOUT_MS = 5_000;

  /** Used by JUnit through {@code @ExtendWith}. */
  public VirtualTime() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    EventLoop.newEventLoop();
    EventLoop.useVirtualTime();
    Outside.watch(Thread.currentThread());
    // A fresh board: no exception handler left by an earlier test.
    Asyncio.getEventLoop().setExceptionHandler(null);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      EventLoop.newEventLoop();
      EventLoop.closeOpenSockets(); // a server or stream the test left open frees its port
    } finally {
      Outside.watch(null);
      EventLoop.useRealTime();
    }
    List<Thread> alive = EventLoop.liveTaskThreads(THREAD_END_TIMEOUT_MS);
    if (!alive.isEmpty()) {
      throw new AssertionError("asyncio task threads still alive after the test: " + alive);
    }
  }

  /**
   * The event loop's current time in ms ({@code time.ticks_ms()} as the loop sees it): virtual time
   * inside a {@code VirtualTime} test, starting at 0; elsewhere ms of the JVM's monotonic clock.
   * Readable from the test method and from inside tasks.
   */
  public static long nowMs() {
    return EventLoop.nowMs();
  }

  /**
   * Runs {@code body} on the test thread declared idle: while it runs, a loop on another thread
   * may jump its virtual clock (for example while the test waits for a result the loop produces).
   */
  public static <T> T idle(Callable<T> body) throws Exception {
    return Outside.idle(body);
  }

  /** Waits up to {@code timeoutMs} of real time for {@code thread} to end, declared idle meanwhile. */
  public static void join(Thread thread, long timeoutMs) throws InterruptedException {
    try {
      Outside.idle(() -> {
        thread.join(timeoutMs);
        return null;
      });
    } catch (InterruptedException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
