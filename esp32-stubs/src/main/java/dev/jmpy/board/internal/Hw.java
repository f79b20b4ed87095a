package dev.jmpy.board.internal;

import dev.jmpy.asyncio.internal.EventLoop;
import dev.jmpy.asyncio.internal.Outside;
import dev.jmpy.board.BoardReset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The simulated ESP32: one global board, as the event loop is one global loop. Its clock is the
 * loop's clock (virtual in tests), so the board's time and the program's timers never disagree.
 *
 * <p>What it keeps, in MicroPython's terms: the GPIO pads, buses and their attached devices, the
 * Wi-Fi station, NVS (which survives resets), RTC memory (survives deep sleep), the watchdog, the
 * timeline of outside events a test or scenario scheduled, and the {@code mp_sched_schedule}
 * queue of IRQ handlers (ESP32: every pin and timer IRQ is soft, queued, depth 8). It records
 * what the program does to the outside world in one canonical history, {@code "<ms> <what>"} per
 * line, which the Python simulation writes the same way.
 *
 * <p>Thread safety: the program runs one task at a time; a test may call in from its own thread,
 * so the public methods synchronise on the board.
 */
public final class Hw implements Outside.Events {
  /** ESP32's ticks period: MICROPY_PY_TIME_TICKS_PERIOD, the small-int range, 2^30. */
  public static final long TICKS_PERIOD = 1L << 30;

  /** MICROPY_SCHEDULER_DEPTH in ports/esp32/mpconfigport.h: a full queue drops the IRQ. */
  public static final int SCHEDULER_DEPTH = 8;

  private static final Hw BOARD = new Hw();

  /** The board. */
  public static Hw get() {
    return BOARD;
  }

  private Hw() {}

  // ---------------------------------------------------------------- parts

  public final Pins pins = new Pins(this);
  public final Analog analog = new Analog(this);
  public final Buses buses = new Buses(this);
  public final Serial serial = new Serial(this);
  public final Wifi wifi = new Wifi(this);
  public final Storage storage = new Storage(this);

  // ---------------------------------------------------------------- boot state

  private long bootStartMs;
  private long subUs;
  private long ticksStartMs;
  private int bootNumber;
  private int resetCause = Storage.PWRON_RESET;
  private int wakeReason;
  private long memFree = 111_168;
  private long memAlloc = 4_352;
  private int rawTemperature = 128;
  private int cpuFreq = 160_000_000;
  private byte[] uniqueId = {(byte) 0x24, (byte) 0x0a, (byte) 0xc4, 0x12, 0x34, 0x56};
  private long wdtDeadlineMs = -1;
  private int wdtTimeoutMs;
  private long wdtGeneration;

  private final TreeSet<Timed> timeline = new TreeSet<>();
  private long timedSeq;
  private final ArrayDeque<Runnable> scheduled = new ArrayDeque<>();
  private final List<String> history = new ArrayList<>();
  private boolean runningScheduled;

  /** An outside event at a board time (ms since power-on), in scheduling order among equals. */
  private record Timed(long atMs, long seq, Runnable action, int boot)
      implements Comparable<Timed> {
    @Override
    public int compareTo(Timed o) {
      return atMs != o.atMs ? Long.compare(atMs, o.atMs) : Long.compare(seq, o.seq);
    }
  }

  /**
   * A fresh board, powered on: nothing attached, nothing scheduled, empty NVS, reset cause
   * PWRON_RESET. Call between runs.
   */
  public synchronized void powerOn() {
    bootStartMs = 0;
    subUs = 0;
    ticksStartMs = 0;
    bootNumber = 1;
    resetCause = Storage.PWRON_RESET;
    wakeReason = 0;
    memFree = 111_168;
    memAlloc = 4_352;
    rawTemperature = 128;
    cpuFreq = 160_000_000;
    timeline.clear();
    scheduled.clear();
    history.clear();
    wdtDeadlineMs = -1;
    pins.powerOn();
    analog.powerOn();
    buses.powerOn();
    serial.powerOn();
    wifi.powerOn();
    storage.powerOn();
  }

  /**
   * The next boot after a reset: RAM state (pin modes, IRQ handlers, buses, PWM, timers, the
   * watchdog, Wi-Fi's connection) is gone; NVS, attached devices, the timeline and the history
   * stay; RTC memory stays across deep sleep only. The loop's clock restarts at 0 (ticks restart
   * at boot) while board time goes on, {@code asleepMs} later.
   */
  public synchronized void reboot(int cause, int wake, long asleepMs) {
    bootStartMs = nowMs() + Math.max(0, asleepMs);
    subUs = 0;
    timeline.removeIf(t -> t.boot != 0);
    bootNumber++;
    cpuFreq = 160_000_000;
    resetCause = cause;
    wakeReason = wake;
    scheduled.clear();
    wdtDeadlineMs = -1;
    wdtGeneration++;
    pins.reboot();
    analog.reboot();
    buses.reboot();
    serial.reboot();
    wifi.reboot();
    storage.reboot(cause == Storage.DEEPSLEEP_RESET);
  }

  /**
   * Deep sleep between boots (call between runs, after a deep-sleep reset): board time passes,
   * outside events happen (no program runs: handlers are gone), until {@code ms} have passed or
   * the ext0 wake pin reaches its level. Returns the wake reason (TIMER_WAKE or EXT0_WAKE).
   * Virtual time only.
   */
  public int deepSleep(long ms) {
    pins.reboot();
    synchronized (this) {
      scheduled.clear();
      wdtGeneration++;
    }
    long end = ms > 0 ? nowMs() + ms : Long.MAX_VALUE;
    for (; ; ) {
      if (pins.ext0Reached()) {
        return Storage.EXT0_WAKE;
      }
      long next = nextEventAtMs();
      if (next < 0 || next > end) {
        break;
      }
      EventLoop.advanceVirtualClock(Math.max(EventLoop.nowMs(), next - bootStartMs));
      runDue(EventLoop.nowMs());
      synchronized (this) {
        scheduled.clear();
      }
    }
    if (end == Long.MAX_VALUE) {
      throw new IllegalStateException("machine.deepsleep() with no wake source that can fire: "
          + (pins.ext0Armed() ? "the ext0 pin never reaches its level" : "no esp32.wake_on_ext0")
          + " (the board would sleep forever)");
    }
    EventLoop.advanceVirtualClock(end - bootStartMs);
    return Storage.TIMER_WAKE;
  }

  public synchronized int bootNumber() {
    return bootNumber;
  }

  public synchronized int resetCause() {
    return resetCause;
  }

  public synchronized int wakeReason() {
    return wakeReason;
  }

  // ---------------------------------------------------------------- settings

  public synchronized void ticksStartMs(long ms) {
    ticksStartMs = ms;
  }

  public synchronized void memFree(long bytes) {
    memFree = bytes;
  }

  public synchronized long memFree() {
    return memFree;
  }

  public synchronized void memAlloc(long bytes) {
    memAlloc = bytes;
  }

  public synchronized long memAlloc() {
    return memAlloc;
  }

  public synchronized void rawTemperature(int fahrenheit) {
    rawTemperature = fahrenheit;
  }

  public synchronized int rawTemperature() {
    return rawTemperature;
  }

  /** machine.freq(): reset to 160 MHz at every boot. */
  public synchronized int cpuFreq() {
    return cpuFreq;
  }

  public synchronized void cpuFreq(int hz) {
    cpuFreq = hz;
  }

  public synchronized void uniqueId(byte[] id) {
    uniqueId = id.clone();
  }

  public synchronized byte[] uniqueId() {
    return uniqueId.clone();
  }

  // ---------------------------------------------------------------- time

  /** Board time: ms since power-on, across boots and deep sleeps. */
  public synchronized long nowMs() {
    return bootStartMs + EventLoop.nowMs();
  }

  /** Microseconds since power-on. */
  public synchronized long nowUs() {
    return nowMs() * 1000 + subUs;
  }

  /** {@code time.ticks_ms()}: ms since boot, plus the scenario's start, wrapped at 2^30. */
  public synchronized long ticksMs() {
    return Math.floorMod(ticksStartMs + EventLoop.nowMs(), TICKS_PERIOD);
  }

  /** {@code time.ticks_us()}. */
  public synchronized long ticksUs() {
    return Math.floorMod((ticksStartMs + EventLoop.nowMs()) * 1000 + subUs, TICKS_PERIOD);
  }

  /** {@code time.ticks_cpu()}: the 160 MHz cycle counter, wrapped at 2^30. */
  public synchronized long ticksCpu() {
    return Math.floorMod(((ticksStartMs + EventLoop.nowMs()) * 1000 + subUs) * 160, TICKS_PERIOD);
  }

  /**
   * A blocking wait of {@code us} microseconds ({@code time.sleep_us}, {@code sleep_ms}, a bus
   * timeout): no task runs; outside events due meanwhile fire at their time and IRQ handlers run
   * during the wait, as the board's delay runs its poll hook. Virtual time moves by exactly
   * {@code us}; real time sleeps.
   */
  public void sleepUs(long us) {
    if (us <= 0) {
      runScheduled();
      return;
    }
    if (!EventLoop.isVirtualTime()) {
      try {
        TimeUnit.MICROSECONDS.sleep(us);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      runScheduled();
      return;
    }
    long endUs;
    synchronized (this) {
      endUs = nowUs() + us;
    }
    for (; ; ) {
      Timed next;
      synchronized (this) {
        next = timeline.isEmpty() ? null : timeline.first();
      }
      if (next == null || next.atMs * 1000 > endUs) {
        break;
      }
      moveToUs(Math.max(nowUs(), next.atMs * 1000));
      runDue(EventLoop.nowMs());
    }
    moveToUs(endUs);
    runDue(EventLoop.nowMs());
  }

  /** Moves the virtual clock to board time {@code us} (never back). */
  private synchronized void moveToUs(long us) {
    long bootUs = us - bootStartMs * 1000;
    long ms = Math.floorDiv(bootUs, 1000);
    if (ms > EventLoop.nowMs()) {
      EventLoop.advanceVirtualClock(ms);
      subUs = Math.floorMod(bootUs, 1000);
    } else if (ms == EventLoop.nowMs()) {
      subUs = Math.max(subUs, Math.floorMod(bootUs, 1000));
    }
  }

  // ---------------------------------------------------------------- timeline

  /** Schedules {@code action} at board time {@code atMs} (ms since power-on). */
  public synchronized void at(long atMs, Runnable action) {
    timeline.add(new Timed(atMs, timedSeq++, action, 0));
    Outside.wake();
  }

  /**
   * Schedules {@code action} {@code delayMs} from now on behalf of the running program (a
   * machine.Timer): a reset cancels it, as it stops the hardware that would have fired it.
   */
  public synchronized void programAfter(long delayMs, Runnable action) {
    timeline.add(new Timed(nowMs() + Math.max(0, delayMs), timedSeq++, action, bootNumber));
    Outside.wake();
  }

  /** Schedules {@code action} {@code delayMs} from now. */
  public synchronized void after(long delayMs, Runnable action) {
    at(nowMs() + Math.max(0, delayMs), action);
  }

  /** Board time of the next scheduled outside event, or -1. */
  public synchronized long nextEventAtMs() {
    return timeline.isEmpty() ? -1 : timeline.first().atMs;
  }

  @Override
  public synchronized long nextEventMs() {
    if (timeline.isEmpty()) {
      return Outside.NEVER;
    }
    return Math.max(0, timeline.first().atMs - bootStartMs);
  }

  @Override
  public void runDue(long loopNowMs) {
    for (; ; ) {
      Timed due;
      synchronized (this) {
        long now = bootStartMs + loopNowMs;
        due = !timeline.isEmpty() && timeline.first().atMs <= now ? timeline.pollFirst() : null;
      }
      if (due == null) {
        break;
      }
      due.action.run();
    }
    runScheduled();
  }

  // ---------------------------------------------------------------- mp_sched_schedule

  /**
   * {@code mp_sched_schedule(handler)}: queues an IRQ handler; false (the IRQ is lost) when the
   * queue already holds {@link #SCHEDULER_DEPTH}.
   */
  public synchronized boolean schedule(Runnable handler) {
    if (scheduled.size() >= SCHEDULER_DEPTH) {
      return false;
    }
    scheduled.add(handler);
    Outside.wake();
    return true;
  }

  /**
   * Runs the queued handlers, oldest first: at the loop's scheduling steps, during blocking
   * waits, and when the program calls into the board (the JVM's stand-in for the board's "at the
   * next jump bytecode"). A handler that raises ends it as on the board: the exception escapes.
   */
  public void runScheduled() {
    for (; ; ) {
      Runnable handler;
      synchronized (this) {
        if (runningScheduled || scheduled.isEmpty()) {
          return;
        }
        handler = scheduled.poll();
        runningScheduled = true;
      }
      try {
        handler.run();
      } finally {
        synchronized (this) {
          runningScheduled = false;
        }
      }
    }
  }

  // ---------------------------------------------------------------- history

  /** Appends {@code "<board ms> <what>"} to the history. */
  public synchronized void record(String what) {
    history.add(nowMs() + " " + what);
  }

  public synchronized List<String> history() {
    return List.copyOf(history);
  }

  // ---------------------------------------------------------------- watchdog and resets

  /** {@code machine.WDT(timeout=ms)}: starts the watchdog (it cannot be stopped). */
  public synchronized void wdtStart(int timeoutMs) {
    if (timeoutMs <= 0) {
      throw new IllegalArgumentException("WDT timeout too short");
    }
    wdtTimeoutMs = timeoutMs;
    record("wdt start " + timeoutMs);
    wdtFeed();
  }

  /** {@code wdt.feed()}. */
  public synchronized void wdtFeed() {
    if (wdtTimeoutMs <= 0) {
      return;
    }
    long generation = ++wdtGeneration;
    wdtDeadlineMs = nowMs() + wdtTimeoutMs;
    at(wdtDeadlineMs, () -> {
      synchronized (this) {
        if (generation != wdtGeneration) {
          return; // fed since
        }
        record("reset wdt");
      }
      throw new BoardReset(BoardReset.Kind.WDT, Storage.WDT_RESET, 0, 0);
    });
  }

  /** {@code machine.deepsleep(ms)}: the board sleeps and boots again (ms 0: until a wake pin). */
  public BoardReset deepsleep(long ms) {
    synchronized (this) {
      record("deepsleep " + ms);
    }
    runScheduled();
    return new BoardReset(BoardReset.Kind.DEEPSLEEP, Storage.DEEPSLEEP_RESET, ms,
        Storage.TIMER_WAKE);
  }

  /** {@code machine.reset()}: esp_restart(), which reset_cause() reports as HARD_RESET. */
  public synchronized BoardReset hardReset() {
    record("reset hard");
    return new BoardReset(BoardReset.Kind.HARD, Storage.HARD_RESET, 0, 0);
  }

  /** {@code machine.soft_reset()}: sys.exit(), after which the board soft-reboots. */
  public synchronized BoardReset softReset() {
    record("reset soft");
    return new BoardReset(BoardReset.Kind.SOFT, Storage.SOFT_RESET, 0, 0);
  }
}
