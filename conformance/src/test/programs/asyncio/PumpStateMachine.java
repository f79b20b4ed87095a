package aio;

import static dev.jmpy.asyncio.Asyncio.createTask;
import static dev.jmpy.asyncio.Asyncio.gather;
import static dev.jmpy.asyncio.Asyncio.run;
import static dev.jmpy.asyncio.Asyncio.sleepMs;
import static dev.jmpy.asyncio.Asyncio.waitForMs;

import dev.jmpy.annotations.Coroutine;
import dev.jmpy.annotations.MicroPython;
import dev.jmpy.asyncio.CancelledError;
import dev.jmpy.asyncio.Event;
import dev.jmpy.asyncio.Lock;
import dev.jmpy.asyncio.Task;
import dev.jmpy.asyncio.TimeoutError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An asyncio program written the way a Java developer writes one, without reading jmpy's support
 * table first (a user-style trial of 2026-12-08): a sensor task, a controller waiting on an Event,
 * a Lock around a log, a timed-out calibration and a cancelled watchdog. It compiled on the first
 * try; its periods were then set so that no two tasks wake at the same millisecond (the board runs
 * in real time).
 */
@MicroPython
public class PumpStateMachine {
  enum State { IDLE, FILLING, DRAINING, FAULT }

  record Reading(int tick, int level) {}

  static final Deque<Reading> queue = new ArrayDeque<>();
  static final Event dataReady = new Event();
  static final Event stop = new Event();
  static final Lock logLock = new Lock();
  static final Map<State, Integer> timeIn = new TreeMap<>();
  static final List<String> log = new ArrayList<>();
  static State state = State.IDLE;
  static int level = 40;
  static int checks;

  @Coroutine
  static void sensor(int samples) {
    for (int t = 0; t < samples; t++) {
      level += switch (state) {
        case FILLING -> 7;
        case DRAINING -> -9;
        default -> -1;
      };
      queue.addLast(new Reading(t, level));
      dataReady.set();
      sleepMs(20);
    }
    stop.set();
    dataReady.set();
  }

  @Coroutine
  static void note(String line) {
    logLock.acquire();
    try {
      sleepMs(1);
      log.add(line);
    } finally {
      logLock.release();
    }
  }

  @Coroutine
  static void controller() {
    while (!stop.isSet() || !queue.isEmpty()) {
      dataReady.await();
      dataReady.clear();
      while (!queue.isEmpty()) {
        Reading r = queue.pollFirst();
        State before = state;
        if (r.level() < 20) state = State.FILLING;
        else if (r.level() > 80) state = State.DRAINING;
        else if (state != State.IDLE && r.level() >= 45 && r.level() <= 55) state = State.IDLE;
        timeIn.merge(state, 1, Integer::sum);
        if (before != state) note("t=" + r.tick() + " " + before + " -> " + state + " at " + r.level() + "%");
      }
    }
  }

  @Coroutine
  static int slowCalibration() {
    sleepMs(500);
    return 1;
  }

  @Coroutine
  static void watchdog() {
    try {
      while (true) {
        sleepMs(100);
        checks++;
      }
    } catch (CancelledError e) {
      note("watchdog stopped");
      throw e;
    }
  }

  @Coroutine
  static void main_() {
    try {
      waitForMs(() -> slowCalibration(), 50);
    } catch (TimeoutError e) {
      System.out.println("calibration timed out, using defaults");
    }
    Task<Void> dog = createTask(() -> watchdog());
    gather(() -> sensor(30), () -> controller());
    dog.cancel();
    try {
      dog.await();
    } catch (CancelledError e) {
      System.out.println("watchdog cancelled after " + (checks >= 5 ? "5 or more" : "fewer") + " checks");
    }
    log.forEach(System.out::println);
    System.out.println("time in states " + timeIn + ", final " + state + " " + level + "%");
  }

  public static void main(String[] args) {
    run(() -> main_());
  }
}
