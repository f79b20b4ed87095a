package dev.jmpy.board.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The UARTs and the peer at the other end of each. The peer sends bytes at set times and answers
 * lines: a rule {@code (expect, answer, delayMs)} sends {@code answer} {@code delayMs} after the
 * program has written a line equal to {@code expect} (ending in "\n"). As on the ESP32
 * (ports/esp32/machine_uart.c): {@code timeout} defaults to 0, so {@code read}/{@code readline}
 * return what has arrived, or None when nothing has; with a timeout they wait for the first
 * byte (a blocking wait: events and IRQ handlers run meanwhile).
 *
 * <p>History line: {@code uart <id> tx "<text>"}, bytes escaped as Python writes them
 * ({@code \n}, {@code \r}, {@code \t}, {@code \\}, {@code \"}, {@code \xNN}).
 */
public final class Serial {
  private final Hw hw;
  private final Map<Integer, Port> ports = new TreeMap<>();

  Serial(Hw hw) {
    this.hw = hw;
  }

  private static final class Port {
    final ArrayDeque<Byte> rx = new ArrayDeque<>();
    final ByteArrayOutputStream line = new ByteArrayOutputStream();
    final List<Object[]> rules = new ArrayList<>();
    int timeoutMs;
    boolean open;
  }

  void powerOn() {
    ports.clear();
  }

  void reboot() {
    for (Port port : ports.values()) {
      port.rx.clear();
      port.line.reset();
      port.open = false;
    }
  }

  private Port port(int id) {
    return ports.computeIfAbsent(id, k -> new Port());
  }

  // ---------------------------------------------------------------- peer (test side)

  /** The peer sends {@code data} now: it lands in the receive buffer of an open UART. */
  public void receive(int id, byte[] data) {
    synchronized (hw) {
      Port port = port(id);
      for (byte b : data) {
        port.rx.add(b);
      }
    }
  }

  /** The peer answers {@code answer} {@code delayMs} after the program writes line {@code expect}. */
  public void reply(int id, byte[] expect, byte[] answer, long delayMs) {
    synchronized (hw) {
      port(id).rules.add(new Object[] {expect.clone(), answer.clone(), delayMs});
    }
  }

  // ---------------------------------------------------------------- program side

  /** {@code UART(id, ..., timeout=)}. */
  public void open(int id, int timeoutMs) {
    if (id < 0 || id > 2) {
      throw new IllegalArgumentException("UART(" + id + ") doesn't exist");
    }
    synchronized (hw) {
      Port port = port(id);
      port.open = true;
      port.timeoutMs = Math.max(0, timeoutMs);
    }
    hw.runScheduled();
  }

  /** {@code uart.any()}. */
  public int any(int id) {
    hw.runScheduled();
    synchronized (hw) {
      return port(id).rx.size();
    }
  }

  /**
   * {@code uart.ioctl(MP_STREAM_POLL, MP_STREAM_POLL_RD)} as select.poll asks it: bytes are
   * waiting (ports/esp32/machine_uart.c: the driver's buffered length is above 0).
   */
  public boolean readable(int id) {
    synchronized (hw) {
      return !port(id).rx.isEmpty();
    }
  }

  /** Waits (blocking) up to the port's timeout until {@code ready} holds; true if it does. */
  private boolean await(int id, java.util.function.BooleanSupplier ready) {
    long timeoutMs;
    synchronized (hw) {
      timeoutMs = port(id).timeoutMs;
      if (ready.getAsBoolean()) {
        return true;
      }
    }
    long deadline = hw.nowMs() + timeoutMs;
    while (hw.nowMs() < deadline) {
      long next = hw.nextEventAtMs();
      long until = next < 0 || next > deadline ? deadline : Math.max(next, hw.nowMs());
      hw.sleepUs((until - hw.nowMs()) * 1000);
      synchronized (hw) {
        if (ready.getAsBoolean()) {
          return true;
        }
      }
      if (next < 0 && until == deadline) {
        break;
      }
    }
    synchronized (hw) {
      return ready.getAsBoolean();
    }
  }

  /** {@code uart.read(n)} (n &lt; 0: all): the bytes, or null when none arrived in time. */
  public byte[] read(int id, int n) {
    hw.runScheduled();
    await(id, () -> !port(id).rx.isEmpty());
    synchronized (hw) {
      Port port = port(id);
      if (port.rx.isEmpty()) {
        return null;
      }
      int count = n < 0 ? port.rx.size() : Math.min(n, port.rx.size());
      byte[] out = new byte[count];
      for (int i = 0; i < count; i++) {
        out[i] = port.rx.poll();
      }
      return out;
    }
  }

  /** {@code uart.readline()}: up to and including "\n", or what arrived in time; null if nothing. */
  public byte[] readline(int id) {
    hw.runScheduled();
    await(id, () -> port(id).rx.contains((byte) '\n'));
    synchronized (hw) {
      Port port = port(id);
      if (port.rx.isEmpty()) {
        return null;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      while (!port.rx.isEmpty()) {
        byte b = port.rx.poll();
        out.write(b);
        if (b == '\n') {
          break;
        }
      }
      return out.toByteArray();
    }
  }

  /** {@code uart.write(buf)}: returns the number of bytes written. */
  public int write(int id, byte[] data) {
    hw.runScheduled();
    synchronized (hw) {
      Port port = port(id);
      hw.record("uart " + id + " tx " + quote(data));
      for (byte b : data) {
        port.line.write(b);
        if (b == '\n') {
          byte[] line = port.line.toByteArray();
          port.line.reset();
          for (Object[] rule : port.rules) {
            if (Arrays.equals((byte[]) rule[0], line)) {
              byte[] answer = (byte[]) rule[1];
              hw.after((Long) rule[2], () -> receive(id, answer));
              break;
            }
          }
        }
      }
      return data.length;
    }
  }

  /** Bytes as a double-quoted text with Python's escapes. */
  public static String quote(byte[] data) {
    StringBuilder out = new StringBuilder("\"");
    for (byte b : data) {
      int c = b & 0xFF;
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            out.append((char) c);
          } else {
            out.append(String.format("\\x%02x", c));
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
