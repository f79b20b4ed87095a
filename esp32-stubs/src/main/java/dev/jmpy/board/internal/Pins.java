package dev.jmpy.board.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The ESP32's GPIO pads as machine.Pin sees them (ports/esp32/machine_pin.c): a pad's level is its
 * output register in OUT mode; in OPEN_DRAIN, 0 when driven low, else what pulls it up (the
 * outside, or the pull-up); in IN mode what the outside drives, or its pull (a floating pad reads
 * 0 here). Edges of the pad level fire its IRQ handler through the scheduler queue: on the ESP32
 * every pin IRQ is soft ({@code mp_sched_schedule} in the ISR; {@code Pin.irq} has no
 * {@code hard} argument there).
 */
public final class Pins {
  /** machine.Pin constants (values of ESP-IDF's gpio_mode_t and gpio_pull as the port uses them). */
  public static final int IN = 1;
  public static final int OUT = 3;
  public static final int OPEN_DRAIN = 7;
  public static final int PULL_DOWN = 1;
  public static final int PULL_UP = 2;
  public static final int IRQ_RISING = 1;
  public static final int IRQ_FALLING = 2;

  private final Hw hw;
  private final TreeMap<Integer, Pad> pads = new TreeMap<>();
  private int ext0Pin = -1;
  private int ext0Level;

  Pins(Hw hw) {
    this.hw = hw;
  }

  /** One GPIO. */
  public final class Pad {
    final int id;
    int mode = -1;
    int pull = -1;
    int out;
    Integer external;
    int level;
    Runnable handler;
    int trigger;
    /** Set while a PWM channel drives the pad: its level is the PWM's, not the register's. */
    boolean pwm;
    final List<long[]> levels = new ArrayList<>();

    Pad(int id) {
      this.id = id;
    }

    int computeLevel() {
      if (mode == OUT) {
        return out;
      }
      if (mode == OPEN_DRAIN && out == 0) {
        return 0;
      }
      if (external != null) {
        return external;
      }
      if (mode == OPEN_DRAIN) {
        return pull == PULL_UP ? 1 : 0;
      }
      return pull == PULL_UP ? 1 : 0;
    }

    /** Recomputes the pad level; records an output change; schedules the IRQ on an edge. */
    void settle(boolean byProgram) {
      int before = level;
      level = computeLevel();
      if (before == level) {
        return;
      }
      levels.add(new long[] {hw.nowMs(), level});
      if (byProgram && (mode == OUT || mode == OPEN_DRAIN)) {
        hw.record("pin " + id + " " + level);
        hw.buses.csChanged(id, level);
      }
      int edge = level == 1 ? IRQ_RISING : IRQ_FALLING;
      if (handler != null && (trigger & edge) != 0) {
        hw.schedule(handler);
      }
    }
  }

  void powerOn() {
    pads.clear();
    ext0Pin = -1;
  }

  /** {@code esp32.wake_on_ext0(pin, level)}: kept in RTC, across deep sleep. */
  public void wakeOnExt0(int id, int level) {
    synchronized (hw) {
      pad(id);
      ext0Pin = id;
      ext0Level = level != 0 ? 1 : 0;
    }
  }

  /** Whether the ext0 wake pin is armed and at its level now. */
  boolean ext0Reached() {
    return ext0Pin >= 0 && pad(ext0Pin).level == ext0Level;
  }

  boolean ext0Armed() {
    return ext0Pin >= 0;
  }

  void reboot() {
    // GPIO registers reset; what the outside drives stays.
    for (Pad pad : pads.values()) {
      pad.mode = -1;
      pad.pull = -1;
      pad.out = 0;
      pad.handler = null;
      pad.trigger = 0;
      pad.pwm = false;
      pad.level = pad.computeLevel();
    }
  }

  /** Whether the ESP32 has this GPIO (0-19, 21-23, 25-27, 32-39). */
  public static boolean exists(int id) {
    return (id >= 0 && id <= 19) || (id >= 21 && id <= 23) || (id >= 25 && id <= 27)
        || (id >= 32 && id <= 39);
  }

  /** The pad, checked as {@code machine_pin_find} checks it: ValueError("invalid pin"). */
  public synchronized Pad pad(int id) {
    if (!exists(id)) {
      throw new IllegalArgumentException("invalid pin");
    }
    return pads.computeIfAbsent(id, Pad::new);
  }

  /**
   * {@code pin.init(mode, pull, value=)} (mode/pull -2: leave as is; value -1: none). The value
   * is set before the mode, as the port does.
   */
  public void configure(int id, int mode, int pull, int value) {
    synchronized (hw) {
      Pad pad = pad(id);
      if (value >= 0) {
        pad.out = value;
      }
      if (mode != -2) {
        if ((mode == OUT || mode == OPEN_DRAIN) && id >= 34) {
          throw new IllegalArgumentException("pin can only be input");
        }
        pad.mode = mode;
      }
      if (pull != -2) {
        pad.pull = pull;
      }
      pad.settle(true);
    }
    hw.runScheduled();
  }

  /** {@code pin.value(v)}, {@code on()}, {@code off()}: the output register. */
  public void write(int id, int value) {
    synchronized (hw) {
      Pad pad = pad(id);
      pad.out = value != 0 ? 1 : 0;
      pad.settle(true);
    }
    hw.runScheduled();
  }

  /** {@code pin.value()}: the pad level. */
  public int read(int id) {
    hw.runScheduled();
    synchronized (hw) {
      return pad(id).level;
    }
  }

  /** {@code pin.toggle()}: inverts the output register. */
  public void toggle(int id) {
    synchronized (hw) {
      Pad pad = pad(id);
      pad.out = 1 - pad.out;
      pad.settle(true);
    }
    hw.runScheduled();
  }

  /** {@code pin.irq(handler, trigger)}; a null handler disables it. */
  public void irq(int id, Runnable handler, int trigger) {
    synchronized (hw) {
      Pad pad = pad(id);
      pad.handler = handler;
      pad.trigger = handler == null ? 0 : trigger;
    }
    hw.runScheduled();
  }

  /** The outside drives the pad ({@code null}: lets go of it). */
  public void drive(int id, Integer level) {
    synchronized (hw) {
      Pad pad = pad(id);
      pad.external = level;
      pad.settle(false);
    }
  }

  /** The pad's level now, as the outside sees it. */
  public int level(int id) {
    synchronized (hw) {
      return pad(id).level;
    }
  }

  /** The pad's mode, or -1 if the program has not configured it. */
  public int mode(int id) {
    synchronized (hw) {
      return pad(id).mode;
    }
  }

  /** Every level change of the pad since power-on: {ms, level} pairs. */
  public List<long[]> levels(int id) {
    synchronized (hw) {
      return List.copyOf(pad(id).levels);
    }
  }

  void pwm(int id, boolean on) {
    pad(id).pwm = on;
  }
}
