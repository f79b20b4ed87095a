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
 * <p>After each test: stops a run the test left going on another thread (a JUnit {@code @Timeout}
 * in {@code SEPARATE_THREAD} mode gives up on the test's thread, not on its loop), drops the tasks
 * still pending (their threads are unwound), closes the sockets that streams and servers left open
 * and warns on stderr, naming them (on the board they stay open until a reset: a handler that
 * throws before {@code writer.waitClosed()} leaks its socket), fails the test if any task thread
 * is still alive, and switches back to real time.
 *
 * <p>A test's timeout works with the loop: an interrupt of the thread in {@code Asyncio.run} (JUnit's
 * {@code @Timeout}, in either thread mode) stops the loop at its next scheduling step, and run
 * throws an IllegalStateException naming the pending tasks and what each waits on.
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
  /** How long the teardown waits for task threads to end, and for a run left going to stop. */
  private static final long THREAD_END_TIMEOUT_MS = 5_000;

  /** Used by JUnit through {@code @ExtendWith}. */
  public VirtualTime() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    // A run an earlier test left going (its teardown could not stop it) would hold the loop.
    EventLoop.stopRunOnOtherThread(THREAD_END_TIMEOUT_MS);
    EventLoop.newEventLoop();
    EventLoop.useVirtualTime();
    Outside.watch(Thread.currentThread());
    // A fresh board: no exception handler left by an earlier test.
    Asyncio.getEventLoop().setExceptionHandler(null);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    EventLoop.stopRunOnOtherThread(THREAD_END_TIMEOUT_MS);
    List<String> leftOpen;
    try {
      EventLoop.newEventLoop();
      leftOpen = EventLoop.closeOpenSockets(); // a server or stream the test left open frees its port
    } finally {
      Outside.watch(null);
      EventLoop.useRealTime();
    }
    if (!leftOpen.isEmpty()) {
      System.err.println(leftOpenWarning(context == null ? "the test" : context.getDisplayName(), leftOpen));
    }
    List<Thread> alive = EventLoop.liveTaskThreads(THREAD_END_TIMEOUT_MS);
    if (!alive.isEmpty()) {
      throw new AssertionError("asyncio task threads still alive after the test: " + alive);
    }
  }

  /** The teardown's warning about sockets a test left open. */
  static String leftOpenWarning(String test, List<String> sockets) {
    StringBuilder text = new StringBuilder("jmpy VirtualTime: ")
        .append(test)
        .append(" left ")
        .append(sockets.size())
        .append(sockets.size() == 1 ? " socket" : " sockets")
        .append(" open (closed now; on the board each stays open until a reset: close a stream with"
            + " await writer.wait_closed() in a finally, and a server with close() and"
            + " wait_closed()):");
    for (String socket : sockets) {
      text.append("\n  ").append(socket);
    }
    return text.toString();
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
