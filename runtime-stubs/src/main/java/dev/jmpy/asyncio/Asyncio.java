package dev.jmpy.asyncio;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.annotations.PyName;
import dev.jmpy.asyncio.internal.AsyncServer;
import dev.jmpy.asyncio.internal.AsyncStream;
import dev.jmpy.asyncio.internal.AsyncTask;
import dev.jmpy.asyncio.internal.EventLoop;
import dev.jmpy.asyncio.internal.Funcs;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * MicroPython's {@code asyncio} module (v1.27): the module-level functions.
 *
 * <p>On the JVM each task runs on its own virtual thread, but only one at a time, switching only at
 * awaits, in MicroPython's order (one queue ordered by wake time, then push order). Methods marked
 * {@link Coroutine} are awaited when called from a coroutine; calling them elsewhere is a
 * compile-time error reported by the jmpy processor.
 *
 * <p>JVM specifics: time is real milliseconds under plain {@code run}, virtual under the JUnit
 * extension {@code dev.jmpy.asyncio.testing.VirtualTime}. Where MicroPython v1.27 would wait
 * forever (main pending, nothing runnable, no timer), {@code run} throws IllegalStateException
 * naming the blocked tasks. There is one global loop, as on the board: do not use it from two
 * threads at once. CancelledError and TimeoutError are the asyncio ones; MicroPython's
 * RuntimeError is a plain {@link RuntimeException} with the board's message. Every throwable but
 * {@link CancelledError} ends a task the way a Python {@code Exception} does, Java {@link Error}s
 * (AssertionError, StackOverflowError) included: MicroPython's AssertionError, RuntimeError
 * (recursion) and MemoryError are Exceptions too.
 */
@PyModule("asyncio")
public final class Asyncio {
  private Asyncio() {}

  /**
   * {@code asyncio.run(coro)}: runs {@code main} as the main task and returns its value, or rethrows
   * its exception unchanged (checked ones too). Returns as soon as main ends: other tasks stay
   * queued and go on at the next {@code run}, unless {@link #newEventLoop()} drops them.
   */
  @SuppressWarnings("unchecked")
  public static <T> T run(Coro<T> main) {
    return (T) runTask(body(main));
  }

  /** {@code asyncio.run(coro)} for a coroutine that returns nothing. */
  public static void run(VoidCoro main) {
    runTask(body(main));
  }

  /** {@code await asyncio.sleep(seconds)}: truncated to whole milliseconds, as MicroPython does. */
  @Coroutine
  public static void sleep(double seconds) {
    EventLoop.sleepMs((int) (seconds * 1000));
  }

  /**
   * {@code await asyncio.sleep_ms(ms)}: requeues the task at now + max(0, ms), behind every task
   * due at that time. Like ESP32's {@code ticks_add}, a delay of 2^29 ms (about 6.2 days) or more
   * throws (ArithmeticException "ticks interval overflow", MicroPython's OverflowError).
   */
  @Coroutine
  @PyName("sleep_ms")
  public static void sleepMs(int ms) {
    EventLoop.sleepMs(ms);
  }

  /**
   * {@code asyncio.create_task(coro)}: queues a task (at now, behind the tasks already due); it
   * first runs after the caller suspends. Tasks created before {@code run} start when it starts.
   */
  @PyName("create_task")
  public static <T> Task<T> createTask(Coro<T> coro) {
    return new Task<>(EventLoop.createTaskOf(body(coro)));
  }

  /** {@code asyncio.create_task(coro)} for a coroutine that returns nothing. */
  @PyName("create_task")
  public static Task<Void> createTask(VoidCoro coro) {
    return new Task<>(EventLoop.createTaskOf(body(coro)));
  }

  /**
   * {@code await asyncio.gather(*coros)}: the results, in argument order. The first exception a
   * child raises is rethrown and the others keep running; cancelling the gathering task cancels
   * the children still running.
   */
  @Coroutine
  @SafeVarargs
  @SuppressWarnings("unchecked")
  public static <T> List<T> gather(Coro<? extends T>... coros) {
    return (List<T>) (List<?>) gather(false, coros);
  }

  /** {@code await asyncio.gather(*coros)} of coroutines that return nothing: a list of nulls. */
  @Coroutine
  public static List<Object> gather(VoidCoro... coros) {
    return gather(false, coros);
  }

  /** {@code await asyncio.gather(*tasks)}: the tasks' results, in argument order. */
  @Coroutine
  @SafeVarargs
  @SuppressWarnings("unchecked")
  public static <T> List<T> gather(Task<? extends T>... tasks) {
    return (List<T>) (List<?>) gather(false, tasks);
  }

  /**
   * {@code await asyncio.gather(*coros, return_exceptions=...)}: with {@code true}, a child's
   * exception takes its place in the list (a {@link Throwable}, {@link CancelledError} for a
   * cancelled child) and the gather waits for every child; with {@code false}, as
   * {@link #gather(Coro[])}.
   */
  @Coroutine
  public static List<Object> gather(
      @PyKeyword("return_exceptions") boolean returnExceptions, Coro<?>... coros) {
    Object[] bodies = new Object[coros.length];
    for (int i = 0; i < coros.length; i++) {
      bodies[i] = body(coros[i]);
    }
    return Funcs.gather(bodies, returnExceptions);
  }

  /** {@code await asyncio.gather(*coros, return_exceptions=...)} of coroutines that return nothing. */
  @Coroutine
  public static List<Object> gather(
      @PyKeyword("return_exceptions") boolean returnExceptions, VoidCoro... coros) {
    Object[] bodies = new Object[coros.length];
    for (int i = 0; i < coros.length; i++) {
      bodies[i] = body(coros[i]);
    }
    return Funcs.gather(bodies, returnExceptions);
  }

  /** {@code await asyncio.gather(*tasks, return_exceptions=...)}. */
  @Coroutine
  public static List<Object> gather(
      @PyKeyword("return_exceptions") boolean returnExceptions, Task<?>... tasks) {
    Object[] cores = new Object[tasks.length];
    for (int i = 0; i < tasks.length; i++) {
      cores[i] = Objects.requireNonNull(tasks[i], "coroutine expected").core;
    }
    return Funcs.gather(cores, returnExceptions);
  }

  /**
   * {@code await asyncio.wait_for(coro, seconds)}: raises {@link TimeoutError} on time-out, after
   * the cancelled coroutine has ended, even if it swallowed the cancel. The timeout is truncated
   * to whole ms; with 0 a coroutine that does not suspend still returns its value.
   */
  @Coroutine
  @PyName("wait_for")
  @SuppressWarnings("unchecked")
  public static <T> T waitFor(Coro<T> coro, double seconds) {
    return (T) Funcs.waitFor(body(coro), (int) (seconds * 1000));
  }

  /** {@code await asyncio.wait_for(coro, seconds)} for a coroutine that returns nothing. */
  @Coroutine
  @PyName("wait_for")
  public static void waitFor(VoidCoro coro, double seconds) {
    Funcs.waitFor(body(coro), (int) (seconds * 1000));
  }

  /** {@code await asyncio.wait_for_ms(coro, ms)}. */
  @Coroutine
  @PyName("wait_for_ms")
  @SuppressWarnings("unchecked")
  public static <T> T waitForMs(Coro<T> coro, int ms) {
    return (T) Funcs.waitFor(body(coro), ms);
  }

  /** {@code await asyncio.wait_for_ms(coro, ms)} for a coroutine that returns nothing. */
  @Coroutine
  @PyName("wait_for_ms")
  public static void waitForMs(VoidCoro coro, int ms) {
    Funcs.waitFor(body(coro), ms);
  }

  /**
   * {@code asyncio.current_task()}: RuntimeException("no running event loop") outside a task.
   */
  @PyName("current_task")
  public static Task<?> currentTask() {
    return Task.of(EventLoop.requireCurrent());
  }

  /**
   * {@code await asyncio.open_connection(host, port)}: a TCP connection, as the tuple
   * {@code (reader, writer)} ({@link Connection}). The name lookup blocks, as on the board. A
   * refused connection throws IOException (ConnectException) here.
   */
  @Coroutine
  @PyName("open_connection")
  public static Connection openConnection(String host, int port) throws IOException {
    return new Connection(AsyncStream.connect(host, port));
  }

  /**
   * {@code await asyncio.start_server(cb, host, port)}: listens (backlog 5, SO_REUSEADDR) and runs
   * {@code cb(reader, writer)} as a new task for each connection; yields once so that the server
   * task has started when this returns. An exception in a callback task does not stop the server.
   */
  @Coroutine
  @PyName("start_server")
  public static Server startServer(ClientHandler cb, String host, int port) throws IOException {
    return startServer(cb, host, port, 5);
  }

  /** {@code await asyncio.start_server(cb, host, port, backlog)}. */
  @Coroutine
  @PyName("start_server")
  public static Server startServer(ClientHandler cb, String host, int port, int backlog)
      throws IOException {
    Objects.requireNonNull(cb, "cb");
    return new Server(AsyncServer.start(stream -> () -> {
      cb.handle(new StreamReader(stream), new StreamWriter(stream));
      return null;
    }, host, port, backlog));
  }

  /** {@code asyncio.get_event_loop()}: the one {@link Loop}. */
  public static Loop getEventLoop() {
    return Loop.INSTANCE;
  }

  /**
   * {@code asyncio.new_event_loop()}: empties the run queue, so tasks left by an earlier
   * {@code run} never resume (the usual {@code finally: asyncio.new_event_loop()} idiom).
   *
   * <p>On the JVM every unfinished task except the caller is dropped, including those parked on an
   * Event, a Lock or another task (MicroPython only forgets the queued ones), and each dropped
   * task's thread is unwound: an internal {@link Error} is thrown at its suspension point, so its
   * {@code finally} blocks run (they never run on the board), any await inside them throws at
   * once, and tasks they create are dropped. Returns nothing (MicroPython returns its {@code Loop} class).
   */
  @PyName("new_event_loop")
  public static void newEventLoop() {
    EventLoop.newEventLoop();
  }

  private static Object runTask(Object body) {
    AsyncTask main = EventLoop.createTaskOf(body);
    new Task<>(main);
    return EventLoop.runUntilComplete(main);
  }

  /** The coroutine itself: a task runs it directly (no adapter object, no extra frame per task). */
  private static Object body(Coro<?> coro) {
    return Objects.requireNonNull(coro, "coroutine expected");
  }

  private static Object body(VoidCoro coro) {
    return Objects.requireNonNull(coro, "coroutine expected");
  }
}
