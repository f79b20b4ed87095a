package dev.jmpy.asyncio.internal;

import dev.jmpy.asyncio.CancelledError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The one global event loop: MicroPython's {@code core.py} module state ({@code _task_queue},
 * {@code cur_task}) and {@code run_until_complete}, plus the clock.
 *
 * <p>Scheduling is done by whoever holds the baton: a task that suspends pops the next task
 * itself and hands the baton to it directly ({@link #suspend}); a task that ends does the same
 * ({@link #taskEnded}). The thread that called {@link #runUntilComplete} only starts the first
 * task and gets the baton back when the main task ends (or nothing can run any more).
 */
public final class EventLoop {
  private EventLoop() {}

  private static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";
  private static boolean unsetAfterPriming;

  static {
    oneCarrierThread();
    primeVirtualThreads();
  }

  /**
   * Asks the JDK for one carrier thread for virtual threads, unless the user chose a number: the
   * board has one core and the loop runs one task at a time, and with two carriers every hand-off
   * wakes the idle one to steal the task just unparked (0.55 M switches/s on two cores, 3.5 M/s with
   * one). The JDK reads the property once, when the first virtual thread is made (the primer,
   * below, unless the program made one before: then its carriers stay as they were); it is removed
   * again afterwards, so the program sees its properties as it set them. Blocking calls of other
   * virtual threads still get more carriers, as the JDK adds them.
   */
  private static void oneCarrierThread() {
    if (System.getProperty(PARALLELISM) == null) {
      System.setProperty(PARALLELISM, "1");
      unsetAfterPriming = true;
    }
  }

  /**
   * Runs one virtual thread through a park, an unpark and its end before any task exists. Until a
   * virtual thread has ended, the JDK's code after a thread's body refers to classes not loaded
   * yet; compiled in that state (as it is when a million tasks start before any ends), every task
   * that ends is deoptimized (about 10 microseconds each).
   */
  private static void primeVirtualThreads() {
    // A class, not a method reference: the first lambda of a JVM costs a bootstrap (tens of ms).
    Thread primer = Thread.ofVirtual().unstarted(new Runnable() {
      @Override
      public void run() {
        LockSupport.park();
      }
    });
    primer.start();
    LockSupport.unpark(primer);
    boolean interrupted = false;
    while (true) {
      try {
        primer.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (unsetAfterPriming) {
      System.clearProperty(PARALLELISM);
    }
  }

  /** ESP32's {@code ticks_add} refuses a delay of half its 2^30 ms tick period or more. */
  static final long TICKS_HALF_PERIOD_MS = 1L << 29;

  /** How long newEventLoop() waits for one dropped task to unwind its thread. */
  private static final long UNWIND_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);

  // ---------------------------------------------------------------- clock

  private static final long ORIGIN_NANOS = System.nanoTime();
  private static boolean virtualTime;
  private static long virtualNowMs;

  /** The loop's {@code ticks_ms()}. */
  static long now() {
    return virtualTime ? virtualNowMs : (System.nanoTime() - ORIGIN_NANOS) / 1_000_000L;
  }

  /** The loop time in ms: virtual time when enabled, else ms of the JVM's monotonic clock. */
  public static long nowMs() {
    return now();
  }

  /** Whether virtual time is on. */
  public static boolean isVirtualTime() {
    return virtualTime;
  }

  /**
   * Switches to virtual time starting at 0 ms: time then moves only when every task is blocked,
   * straight to the earliest wake-up. Call between runs, with no task queued (see
   * {@link #newEventLoop()}).
   */
  public static void useVirtualTime() {
    requireNoRun("switch clocks");
    virtualTime = true;
    virtualNowMs = 0;
  }

  /**
   * A blocking sleep in virtual time ({@code time.sleep_ms} on a simulated board): moves the clock
   * forward to {@code toMs} at once; no task runs meanwhile, those due simply become due.
   */
  public static void advanceVirtualClock(long toMs) {
    if (virtualTime && toMs > virtualNowMs) {
      virtualNowMs = toMs;
    }
  }

  /** Switches back to real time. Call between runs, with no task queued. */
  public static void useRealTime() {
    requireNoRun("switch clocks");
    virtualTime = false;
  }

  // ---------------------------------------------------------------- queue and tasks

  private static final RunQueue runQueue = new RunQueue();
  private static long pushSeq;
  private static long tasksCreated;

  /** {@code cur_task}: the task holding the baton, or null. */
  static AsyncTask current;

  /** Tasks created and not finished yet, in creation order (for discarding and deadlock reports). */
  private static final TaskList live = new TaskList();

  /** Threads of dropped tasks that did not unwind when newEventLoop() resumed them. */
  private static final List<Thread> stuckThreads = new ArrayList<>();

  /**
   * Threads whose task has ended: they hand the baton on just before they terminate, so they may
   * still be alive for a moment (longer when carriers are busy). Pruned as it grows; joined by run.
   */
  private static final ArrayDeque<Thread> exiting = new ArrayDeque<>();

  private static int pruneExitingAt = 64;

  /** {@code _task_queue.push(task, key)}: a re-push takes a new sequence number (FIFO ties). */
  static void push(AsyncTask task, long key) {
    if (task.discarded) {
      return;
    }
    task.data = null;
    task.key = key;
    task.seq = pushSeq++;
    runQueue.add(task, now());
  }

  static void removeFromRunQueue(AsyncTask task) {
    runQueue.remove(task);
  }

  /** {@code asyncio.create_task(coro)}: queues the task with key = now; runs nothing. */
  public static AsyncTask createTask(TaskBody body) {
    return newTask(body);
  }

  /**
   * {@code asyncio.create_task(coro)} of a user's coroutine object ({@code Coro} or
   * {@code VoidCoro}), which the task runs directly.
   */
  public static AsyncTask createTaskOf(Object coroutine) {
    if (!(coroutine instanceof dev.jmpy.asyncio.Coro<?>
        || coroutine instanceof dev.jmpy.asyncio.VoidCoro
        || coroutine instanceof TaskBody)) {
      throw new IllegalArgumentException("coroutine expected");
    }
    return newTask(coroutine);
  }

  private static AsyncTask newTask(Object body) {
    AsyncTask task = new AsyncTask(body, ++tasksCreated);
    if (current != null && current.discarded) {
      // Created while a dropped task unwinds: dropped too, it must never run.
      task.discarded = true;
      return task;
    }
    live.add(task);
    push(task, now());
    return task;
  }

  /**
   * A task that is not queued: {@code Task(coro)} without {@code create_task}, as the stopper task
   * of {@code run_forever}. {@link #pushNow} queues it.
   */
  public static AsyncTask newUnqueuedTask(TaskBody body) {
    AsyncTask task = new AsyncTask(body, ++tasksCreated);
    live.add(task);
    return task;
  }

  /** Forgets a task made by {@link #newUnqueuedTask} that will never run (a run_forever that failed). */
  public static void forgetUnqueued(AsyncTask task) {
    if (task.thread == null && !runQueue.contains(task)) {
      live.remove(task);
    }
  }

  /** {@code _task_queue.push(task)}: queues a task at now. */
  public static void pushNow(AsyncTask task) {
    push(task, now());
  }

  /**
   * The running task, for an await primitive or {@code current_task()}: RuntimeError("no running
   * event loop") outside a task, as MicroPython's {@code current_task()} says.
   */
  public static AsyncTask requireCurrent() {
    AsyncTask task = current;
    if (task == null || task.thread != Thread.currentThread()) {
      throw new RuntimeException("no running event loop");
    }
    if (task.discarded) {
      throw new TaskDiscarded();
    }
    return task;
  }

  /** {@code await asyncio.sleep_ms(ms)}: requeues the task at now + max(0, ms), then suspends once. */
  public static void sleepMs(int ms) {
    AsyncTask task = requireCurrent();
    push(task, now() + checkedDelay(ms));
    suspend(task, true);
  }

  /** The sleep of wait_for; returns what suspend() returns: the outcome the runner left, or null. */
  static Object sleepRaw(AsyncTask task, int ms) {
    push(task, now() + checkedDelay(ms));
    return suspend(task, false);
  }

  private static long checkedDelay(int ms) {
    long delay = Math.max(0, ms);
    if (delay >= TICKS_HALF_PERIOD_MS) {
      throw new ArithmeticException("ticks interval overflow");
    }
    return delay;
  }

  // ---------------------------------------------------------------- switching

  /**
   * Suspends the running task, which has already put itself somewhere (run queue, Event, Lock,
   * awaited task, gather): runs the scheduler and hands the baton over, then waits to be resumed.
   * Throws the exception waiting in {@code data} (CancelledError) at this suspension point.
   * A {@link WaitForOutcome} left there by wait_for's runner is returned when {@code plain} is
   * false (wait_for's own sleep), else thrown as the CancelledError it stands for; else null.
   */
  static Object suspend(AsyncTask self, boolean plain) {
    // Few frames from the await primitive down to the park: a parked task's stack is copied at
    // every switch, and a million parked tasks hold a million of them.
    Party next = next();
    if (next != self) {
      handTo(next);
      self.awaitBaton();
    }
    // What runs after the park, in this frame, was compiled (when a million tasks park before any
    // resumes) without a profile: nothing here may invite a speculative trap, or every resumed
    // task pays a deoptimization. Hence a null test before any type test, the rest out of line.
    Object data = self.data;
    if (data == null && !self.discarded) {
      return null;
    }
    return resumed(self, data, plain);
  }

  /** The rare outcomes of a suspension: dropped, cancelled, or woken by wait_for's runner. */
  private static Object resumed(AsyncTask self, Object data, boolean plain) {
    if (self.discarded) {
      throw new TaskDiscarded();
    }
    self.data = null;
    if (data instanceof Throwable pending) {
      throw Sneaky.rethrow(pending);
    }
    if (plain && data instanceof WaitForOutcome) {
      throw new CancelledError();
    }
    return data;
  }

  /** Reports a failed task nobody awaited: {@code Loop.call_exception_handler}. */
  public interface UnretrievedReport {
    /** Called on the scheduling pass after {@code task} failed with {@code error}. */
    void report(AsyncTask task, Throwable error);
  }

  /** The Loop's report, installed when the Loop class is first used; null: print the default. */
  private static volatile UnretrievedReport unretrievedReport;

  /** Installs {@code Loop.call_exception_handler} as the report of failed detached tasks. */
  public static void setUnretrievedReport(UnretrievedReport report) {
    unretrievedReport = report;
  }

  private static void reportUnretrieved(AsyncTask task) {
    UnretrievedReport report = unretrievedReport;
    if (report == null) {
      Diagnostics.reportUnretrieved(task);
    } else {
      report.report(task, task.error);
    }
  }

  /** The message MicroPython puts in the context of a failed detached task. */
  public static String unretrievedMessage() {
    return Diagnostics.UNRETRIEVED;
  }

  /** Prints what {@code Loop.default_exception_handler} prints, to stderr. */
  public static void printDefaultReport(String message, Throwable error) {
    Diagnostics.report(message, error);
  }

  private static void handTo(Party next) {
    if (next instanceof AsyncTask task && task.thread == null) {
      // Unnamed: a name is two objects per task; reports name tasks by number instead.
      Thread thread = Thread.ofVirtual().unstarted(task);
      task.thread = thread;
      thread.start();
    } else {
      next.handBaton();
    }
  }

  /**
   * The scheduler step of {@code run_until_complete}: waits for the head of the queue to be due
   * (virtual time: jumps to it), pops it and makes it current. Finished work that needs no thread
   * is done inline: the deferred "exception not retrieved" check, and a task cancelled before its
   * first step (its body never runs). Returns the party to hand the baton to: a task, or the
   * driver when the main task ended or nothing can ever run again.
   */
  private static Party next() {
    for (; ; ) {
      String stop = stopRequest;
      if (stop != null && runDriver != null) {
        stopRequest = null;
        current = null;
        runAbort = Diagnostics.pending("Asyncio.run was stopped: " + stop + ".", live.snapshot(),
            mainTask, runQueue::contains);
        return runDriver;
      }
      try {
        Outside.runDue(now()); // a board's events due now, and the IRQ handlers it scheduled
      } catch (Outside.LoopHalt halt) {
        current = null;
        runError = halt;
        return runDriver;
      }
      AsyncTask head = runQueue.peek();
      if (io.hasWaiters() && pollIo(head)) {
        continue;
      }
      if (head == null) {
        if (Outside.nextEventMs() != Outside.NEVER) {
          waitUntil(Outside.NEVER);
          continue;
        }
        current = null;
        if (runDriver == null) {
          throw new IllegalStateException("asyncio: a task was scheduled outside Asyncio.run");
        }
        // MicroPython v1.27 polls forever here (dt = 3); failing is more useful on the JVM.
        runAbort = Diagnostics.pending(Diagnostics.DEADLOCK, live.snapshot(), mainTask,
            runQueue::contains);
        return runDriver;
      }
      long wait = head.key - now();
      if (wait > 0) {
        if (virtualTime && Outside.events() == null && !Outside.busy(runDriver.thread)) {
          virtualNowMs = head.key;
        } else if (virtualTime || Outside.events() != null) {
          waitUntil(head.key);
        } else {
          // In slices, so that a stop request is seen.
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(Math.min(wait, STOP_CHECK_MS)));
        }
        continue;
      }
      runQueue.poll();
      current = head;
      if (head.reportPending) {
        head.reportPending = false;
        if (head.state == AsyncTask.State.DONE_UNRETRIEVED) {
          try {
            reportUnretrieved(head);
          } catch (RuntimeException | Error raised) {
            // As on the board: an exception from the handler leaves run() at once.
            current = null;
            runError = raised;
            return runDriver;
          }
        }
        continue;
      }
      if (head.thread == null && head.data instanceof Throwable pending) {
        head.data = null;
        Party driver = finish(head, null, pending);
        if (driver != null) {
          return driver;
        }
        continue;
      }
      return head;
    }
  }

  /**
   * The end-of-coroutine part of {@code run_until_complete}: settles the task's state, wakes its
   * awaiters or its gather, re-queues a failed detached task for the deferred report. Returns the
   * driver when this was the main task, else null.
   */
  private static Party finish(AsyncTask task, Object value, Throwable error) {
    live.remove(task);
    if (error instanceof Outside.LoopHalt) {
      // The board resets: the run ends at once, whichever task it came from.
      current = null;
      runError = error;
      return runDriver;
    }
    task.value = value;
    task.error = error;
    boolean awaited = task == mainTask;
    if (awaited) {
      current = null;
      if (error != null) {
        // Raised out of run() at once: tasks awaiting main are not woken (as on the board).
        task.state = AsyncTask.State.DONE;
        runError = error;
        return runDriver;
      }
    }
    switch (task.state) {
      case PENDING -> task.state = awaited ? AsyncTask.State.DONE : AsyncTask.State.DONE_UNRETRIEVED;
      case GATHERED -> {
        GatherWait callback = task.gatherCallback;
        task.gatherCallback = null;
        callback.childDone(task, error);
        task.state = AsyncTask.State.DONE;
        awaited = true;
      }
      case AWAITED -> {
        long now = now();
        for (AsyncTask waiter = task.awaiters.pop(); waiter != null; waiter = task.awaiters.pop()) {
          push(waiter, now);
          awaited = true;
        }
        task.state = AsyncTask.State.DONE;
      }
      default -> throw new IllegalStateException("asyncio: task " + task.number + " ended twice");
    }
    if (!awaited && error != null && !(error instanceof CancelledError)) {
      push(task, now());
      task.reportPending = true;
    }
    if (task == mainTask) {
      runValue = value;
      return runDriver;
    }
    return null;
  }

  /** Called on a task's thread when its body has ended: settle it and pass the baton on. */
  static void taskEnded(AsyncTask task, Object value, Throwable error) {
    threadEnding(task);
    Party next;
    try {
      next = finish(task, value, error);
      if (next == null) {
        next = next();
      }
    } catch (RuntimeException | Error bug) {
      runAbort = new IllegalStateException("asyncio runtime failure", bug);
      next = runDriver;
    }
    handTo(next);
  }

  /** Moves an ending task's thread to {@link #exiting}; called on that thread, with the baton. */
  private static void threadEnding(AsyncTask task) {
    exiting.addLast(task.thread);
    if (exiting.size() >= pruneExitingAt) {
      exiting.removeIf(thread -> !thread.isAlive());
      pruneExitingAt = Math.max(64, 2 * exiting.size());
    }
  }

  // ---------------------------------------------------------------- I/O

  /**
   * How long, in real ms, a virtual clock waits for I/O on an open connection before it moves:
   * the peer may be another thread (a test's HTTP client) whose bytes are on their way.
   */
  static final long VIRTUAL_TIME_IO_QUIET_MS = 200;

  /** {@code _io_queue}: tasks waiting for sockets and ThreadSafeFlags. */
  static final IoQueue io = new IoQueue();

  /** Sockets opened by streams and servers and not closed yet. */
  private static final Set<java.nio.channels.Channel> openSockets = new LinkedHashSet<>();

  static void opened(java.nio.channels.Channel socket) {
    openSockets.add(socket);
  }

  static void closed(java.nio.channels.Channel socket) {
    openSockets.remove(socket);
  }

  /**
   * Closes every socket a stream or server left open; returns a description of each, in the order
   * they were opened ("connection 127.0.0.1:8080 <- 127.0.0.1:51234", "server 127.0.0.1:8080").
   * For test isolation (the JUnit extension calls it after dropping the tasks, and warns): on a
   * board they stay open until reset, taking a socket and its buffers each.
   */
  public static List<String> closeOpenSockets() {
    requireNoRun("close sockets");
    List<String> closed = new ArrayList<>();
    for (java.nio.channels.Channel socket : new ArrayList<>(openSockets)) {
      closed.add(describe(socket));
      try {
        socket.close();
      } catch (java.io.IOException ignored) {
        // closing is all that is asked
      }
    }
    openSockets.clear();
    io.flushClosed();
    return closed;
  }

  /** Descriptions of the sockets streams and servers opened and have not closed, oldest first. */
  public static List<String> openSocketDescriptions() {
    requireNoRun("list sockets");
    List<String> open = new ArrayList<>();
    for (java.nio.channels.Channel socket : openSockets) {
      open.add(describe(socket));
    }
    return open;
  }

  private static String describe(java.nio.channels.Channel socket) {
    try {
      if (socket instanceof java.nio.channels.ServerSocketChannel server) {
        return "server " + address(server.getLocalAddress());
      }
      if (socket instanceof java.nio.channels.SocketChannel connection) {
        return "connection " + address(connection.getLocalAddress()) + " <-> "
            + address(connection.getRemoteAddress());
      }
    } catch (java.io.IOException | RuntimeException e) {
      // a half-open channel: describe it by kind only
    }
    return "socket " + socket;
  }

  private static String address(java.net.SocketAddress address) {
    if (address instanceof java.net.InetSocketAddress inet) {
      return inet.getAddress().getHostAddress() + ":" + inet.getPort();
    }
    return String.valueOf(address);
  }

  /**
   * The {@code wait_io_event(dt)} of a scheduler step, with dt up to the head's wake time. Returns
   * true when the queue should be looked at again (the clock or the queue changed), false when the
   * head is due now.
   *
   * <p>Virtual time moves only when nothing is ready now and no I/O is in flight: the loop first
   * looks without waiting; while a task waits on an open connection it then waits for real bytes
   * up to {@link #VIRTUAL_TIME_IO_QUIET_MS}; only then does the clock jump to the head. With no
   * head, only real I/O or a flag can wake anything, so it waits for that.
   */
  private static boolean pollIo(AsyncTask head) {
    long dt = head == null ? -1 : Math.max(0, head.key - now());
    if (dt == 0) {
      io.waitIoEvent(0);
      return false;
    }
    if (!virtualTime) {
      if (Outside.events() == null) {
        io.waitIoEvent(dt);
      } else {
        waitUntil(head == null ? Outside.NEVER : head.key);
      }
      return true;
    }
    if (io.waitIoEvent(0) > 0) {
      return true;
    }
    if (io.waitsOnConnection()) {
      // The whole quiet period: a wake-up left by a ThreadSafeFlag set earlier must not cut it short.
      long quietEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(VIRTUAL_TIME_IO_QUIET_MS);
      for (long left = VIRTUAL_TIME_IO_QUIET_MS; left > 0;
          left = TimeUnit.NANOSECONDS.toMillis(quietEnd - System.nanoTime())) {
        if (io.waitIoEvent(left) > 0) {
          return true;
        }
      }
    }
    waitUntil(head == null ? Outside.NEVER : head.key);
    return true;
  }

  /**
   * Every task waits: lets the clock reach {@code target} (a task's wake-up; NEVER: none) or the
   * next outside event before it, whichever comes first. A virtual clock jumps there unless an
   * outside party is busy ({@link Outside}); then, as with a real clock, it waits in the poll (I/O,
   * a flag or the party going idle end the wait early) and follows real time.
   */
  private static void waitUntil(long target) {
    long until = Math.min(target, Outside.nextEventMs());
    long from = now();
    if (until == Outside.NEVER) {
      io.waitIoEvent(-1);
      return;
    }
    if (virtualTime && !Outside.busy(runDriver == null ? null : runDriver.thread)) {
      virtualNowMs = Math.max(virtualNowMs, until);
      return;
    }
    long started = System.nanoTime();
    io.waitIoEvent(Math.max(1, until - from));
    if (virtualTime) {
      long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      virtualNowMs = Math.max(virtualNowMs, Math.min(until, from + elapsed));
    }
  }

  // ---------------------------------------------------------------- run

  private static Party runDriver;
  private static AsyncTask mainTask;
  private static Object runValue;
  private static Throwable runError;
  private static RuntimeException runAbort;

  /** The thread in {@link #runUntilComplete}, for other threads (a test's teardown). */
  private static volatile Thread runThread;

  /** Set by another thread to end the run at the next scheduling step: why. */
  private static volatile String stopRequest;

  /** Longest wait of a scheduling step between two looks at {@link #stopRequest}. */
  private static final long STOP_CHECK_MS = 50;

  /**
   * After an interrupt (or a teardown's stop), how long the run waits for the task holding the
   * baton to reach an await; then it gives up on the loop (left running) and throws.
   */
  static final long STOP_GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);

  /**
   * Set when a run was given up because a task never reached an await after a stop: its thread still
   * holds the loop, so no other run can start.
   */
  private static volatile String abandoned;

  /**
   * {@code run_until_complete(main_task)}: runs the loop until {@code main} ends and returns its
   * value or rethrows its exception. Other tasks stay queued for the next run. If main is pending
   * and nothing can run, throws IllegalStateException naming the blocked tasks.
   */
  public static Object runUntilComplete(AsyncTask main) {
    requireNotAbandoned();
    if (runDriver != null) {
      throw new IllegalStateException(
          "Asyncio.run called inside a running loop (a nested asyncio.run() crashes MicroPython)");
    }
    if (discardReturn != null) {
      throw new IllegalStateException("Asyncio.run called while newEventLoop() drops tasks");
    }
    Party driver = new Party(Thread.currentThread());
    runDriver = driver;
    mainTask = main;
    runValue = null;
    runError = null;
    runAbort = null;
    stopRequest = null;
    runThread = driver.thread;
    // An interrupt already pending is not a stop: only one during the run is.
    boolean interruptedBefore = Thread.interrupted();
    try {
      Party next = next();
      if (next != driver) {
        handTo(next);
        awaitRunEnd(driver);
      }
    } finally {
      if (abandoned == null) {
        runDriver = null;
        mainTask = null;
        current = null;
        runThread = null;
      }
      if (interruptedBefore) {
        Thread.currentThread().interrupt();
      }
    }
    joinEndedThreads();
    Object value = runValue;
    Throwable error = runError;
    RuntimeException abort = runAbort;
    runValue = null;
    runError = null;
    runAbort = null;
    if (abort != null) {
      throw abort;
    }
    if (error != null) {
      throw Sneaky.rethrow(error);
    }
    return value;
  }

  /**
   * The run's thread waits for the baton to come back. An interrupt (JUnit's {@code @Timeout}, a
   * cancelled future) stops the loop at its next scheduling step: run throws, naming the pending
   * tasks, with the interrupt flag set again. If the task holding the baton does not reach an
   * await within {@link #STOP_GRACE_NANOS} (a loop without awaits, a blocking call), the loop is
   * given up: run throws, and every later run fails saying why.
   */
  private static void awaitRunEnd(Party driver) {
    if (driver.awaitBatonUnlessInterrupted()) {
      return;
    }
    requestStop("its thread was interrupted (a JUnit @Timeout?)");
    if (driver.awaitBaton(STOP_GRACE_NANOS)) {
      Thread.currentThread().interrupt();
      return;
    }
    String stuck = stuckTaskDescription();
    abandoned = "the loop of an interrupted Asyncio.run is still held by " + stuck;
    Thread.currentThread().interrupt();
    throw new IllegalStateException("Asyncio.run was interrupted, but " + stuck
        + " did not reach an await within " + TimeUnit.NANOSECONDS.toSeconds(STOP_GRACE_NANOS)
        + " s, so the loop could not be stopped; no other run can start in this JVM");
  }

  /** Asks the running loop to stop at its next scheduling step (from any thread). */
  private static void requestStop(String why) {
    stopRequest = why;
    io.wakeUp(); // a scheduling step waiting for I/O
  }

  private static String stuckTaskDescription() {
    AsyncTask holder = current;
    if (holder == null || holder.thread == null) {
      return "a task";
    }
    StackTraceElement[] stack = holder.thread.getStackTrace();
    StackTraceElement where = stack.length == 0 ? null : Diagnostics.innermostUserFrame(stack);
    return "task #" + holder.number + (where == null ? "" : " (at " + where + ")");
  }

  /**
   * For a test's teardown, from any thread: if a run is in progress on another thread (a test
   * whose {@code @Timeout} fired in {@code SEPARATE_THREAD} mode left it running), stops it at its
   * next scheduling step and waits up to {@code timeoutMs} for it to end. Returns a description of
   * what was stopped, or null if no run was in progress.
   */
  public static String stopRunOnOtherThread(long timeoutMs) {
    Thread thread = runThread;
    if (thread == null || thread == Thread.currentThread()) {
      return null;
    }
    requestStop("a test's teardown stopped it (the test timed out?)");
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    while (runThread == thread && abandoned == null && System.nanoTime() - deadline < 0) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
    requireNotAbandoned();
    if (runThread == thread) {
      String stuck = stuckTaskDescription();
      abandoned = "the loop of a timed-out test is still held by " + stuck;
      throw new IllegalStateException("a run left by a timed-out test did not stop within "
          + timeoutMs + " ms: " + stuck + " did not reach an await");
    }
    return "a run on thread '" + thread.getName() + "'";
  }

  private static void requireNotAbandoned() {
    String why = abandoned;
    if (why != null) {
      throw new IllegalStateException("asyncio: " + why + "; no other run can start in this JVM");
    }
  }

  /** Ended tasks hand the baton on just before their thread exits: wait for those last steps. */
  private static void joinEndedThreads() {
    for (Thread thread = exiting.pollFirst(); thread != null; thread = exiting.pollFirst()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exiting.addFirst(thread);
        return;
      }
    }
    pruneExitingAt = 64;
  }

  private static void requireNoRun(String what) {
    requireNotAbandoned();
    if (runDriver != null || discardReturn != null) {
      throw new IllegalStateException("cannot " + what + " while Asyncio.run is in progress");
    }
  }

  // ---------------------------------------------------------------- new_event_loop

  /** Who gets the baton back when a dropped task's thread has unwound. */
  private static Party discardReturn;

  /**
   * {@code asyncio.new_event_loop()}: an empty run queue. Every task that has not finished,
   * except the caller, is dropped and never runs again. MicroPython drops only the queued
   * (ready or sleeping) ones and simply forgets them; on the JVM the threads must end, so tasks
   * parked on an Event, a Lock or another task are dropped as well, and each started one is
   * resumed, one at a time, with an internal Error thrown at its suspension point: its
   * {@code finally} blocks run, every await inside them throws at once, and tasks they create are
   * dropped too.
   */
  public static void newEventLoop() {
    if (discardReturn != null) {
      throw new IllegalStateException("newEventLoop() called while newEventLoop() drops tasks");
    }
    AsyncTask caller = current;
    if (caller != null) {
      caller = requireCurrent();
    }
    List<AsyncTask> dropped = live.snapshot();
    dropped.remove(caller);
    runQueue.clear();
    io.clear();
    live.clear();
    if (caller != null) {
      live.add(caller);
    }
    for (AsyncTask task : dropped) {
      task.discarded = true;
      detach(task);
    }
    unwind(dropped, caller);
  }

  /** Takes a task off whatever it waits on, so nothing can wake it any more. */
  private static void detach(AsyncTask task) {
    Object data = task.data;
    if (data instanceof Removable queue) {
      queue.remove(task);
    } else if (data instanceof AsyncTask awaited && awaited.awaiters != null) {
      awaited.awaiters.remove(task);
    }
    task.data = null;
  }

  private static void unwind(List<AsyncTask> dropped, AsyncTask caller) {
    Party back = new Party(Thread.currentThread());
    List<String> stuck = new ArrayList<>();
    try {
      for (AsyncTask task : dropped) {
        Thread thread = task.thread;
        if (thread == null) {
          continue; // never started: no thread to end
        }
        discardReturn = back;
        current = task;
        task.handBaton();
        if (!back.awaitBaton(UNWIND_TIMEOUT_NANOS)) {
          stuck.add("task #" + task.number);
          stuckThreads.add(thread);
          continue;
        }
        try {
          thread.join(TimeUnit.NANOSECONDS.toMillis(UNWIND_TIMEOUT_NANOS));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    } finally {
      discardReturn = null;
      current = caller;
    }
    if (!stuck.isEmpty()) {
      throw new IllegalStateException(
          "asyncio: dropped tasks did not unwind within 5 s (blocked outside an await?): " + stuck);
    }
  }

  /** Called on a dropped task's thread when it has unwound. */
  static void discardedTaskEnded(AsyncTask task) {
    threadEnding(task);
    Party back = discardReturn;
    if (back != null) {
      back.handBaton();
    }
  }

  // ---------------------------------------------------------------- test support

  /**
   * Threads of tasks that are still alive, after waiting up to {@code timeoutMs} for them to end.
   * Call between runs.
   */
  public static List<Thread> liveTaskThreads(long timeoutMs) {
    requireNoRun("inspect task threads");
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    List<Thread> threads = new ArrayList<>(exiting);
    for (AsyncTask task : live.snapshot()) {
      if (task.thread != null && !task.bodyEnded) {
        threads.add(task.thread);
      }
    }
    stuckThreads.removeIf(thread -> !thread.isAlive());
    threads.addAll(stuckThreads);
    List<Thread> alive = new ArrayList<>();
    for (Thread thread : threads) {
      long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
      try {
        thread.join(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        alive.add(thread);
      }
    }
    exiting.removeIf(thread -> !thread.isAlive());
    return alive;
  }

  /** Number of tasks created and not finished (dropped ones excluded). */
  public static int pendingTaskCount() {
    return live.size();
  }
}
