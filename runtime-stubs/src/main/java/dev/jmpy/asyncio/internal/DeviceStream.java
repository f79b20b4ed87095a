package dev.jmpy.asyncio.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.WeakHashMap;

/**
 * MicroPython's {@code asyncio.Stream} (extmod/asyncio/stream.py) over a device such as
 * {@code machine.UART} rather than a socket: {@code asyncio.StreamReader(uart)} and
 * {@code asyncio.StreamWriter(uart)}, two stream objects over the one device. Every read first
 * waits in the {@link IoQueue} until the device is readable (its {@code ioctl(MP_STREAM_POLL)}:
 * bytes have arrived), then reads what is there without blocking; the device is polled at every
 * scheduling step, so a byte that a simulated peer sends at a virtual time wakes the reader then.
 *
 * <p>As stream.py: {@code write} hands the bytes to the device at once (a UART takes them all),
 * so {@code drain} only yields; {@code get_extra_info} knows no key (the extra dict is empty);
 * {@code wait_closed} calls the device's {@code close()}, which a UART does not have.
 */
public final class DeviceStream implements StreamIo {
  /**
   * The device side, as the stream protocol sees it: a simulated board implements it for each
   * device it attaches. Reads never block longer than the device's own timeout.
   */
  public interface Device {
    /** {@code ioctl(MP_STREAM_POLL, MP_STREAM_POLL_RD)}: bytes are waiting. */
    boolean readable();

    /** {@code dev.read(n)} ({@code n < 0}: all waiting): the bytes, or null (None) if none. */
    byte[] read(int n);

    /** {@code dev.readline()}: up to and including "\n" of what is there, or null (None). */
    byte[] readline();

    /** {@code dev.write(buf)}: the count written. */
    int write(byte[] buf);

    /** {@code dev.close()}, for {@code wait_closed}: a device without one throws. */
    void close();
  }

  /** The IoQueue's key for a device: one per device, shared by its reader and writer streams. */
  private static final class Polled implements Pollable {
    final Device device;

    Polled(Device device) {
      this.device = device;
    }

    @Override
    public SelectableChannel channel() {
      return null;
    }

    @Override
    public boolean readableNow() {
      return device.readable();
    }
  }

  private static final Map<Object, Polled> DEVICES = new WeakHashMap<>();

  /** Attaches the simulated behaviour of {@code owner}, a device object a program made. */
  public static void attach(Object owner, Device device) {
    synchronized (DEVICES) {
      DEVICES.put(owner, new Polled(device));
    }
  }

  /** A new stream over {@code owner}: {@code asyncio.StreamReader(owner)} or its writer. */
  public static DeviceStream over(Object owner) {
    Polled polled;
    synchronized (DEVICES) {
      polled = DEVICES.get(owner);
    }
    if (polled == null) {
      throw new IllegalArgumentException(owner.getClass().getName()
          + " has no simulation attached (DeviceStream.attach): the JVM cannot poll it");
    }
    return new DeviceStream(polled);
  }

  private final Polled polled;
  private DeviceStream(Polled polled) {
    this.polled = polled;
  }

  private Device device() {
    return polled.device;
  }

  @Override
  public byte[] read(int n) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    while (true) {
      EventLoop.io.waitReadable(polled);
      byte[] got = device().read(n);
      if (got == null) {
        continue;
      }
      if (n >= 0) {
        return got;
      }
      if (got.length == 0) {
        return all.toByteArray();
      }
      all.writeBytes(got);
    }
  }

  @Override
  public int readinto(byte[] buf) {
    EventLoop.io.waitReadable(polled);
    byte[] got = device().read(buf.length);
    if (got == null) {
      return 0;
    }
    System.arraycopy(got, 0, buf, 0, got.length);
    return got.length;
  }

  @Override
  public byte[] readexactly(int n) throws EOFException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    while (n > 0) {
      EventLoop.io.waitReadable(polled);
      byte[] got = device().read(n);
      if (got != null) {
        if (got.length == 0) {
          throw new EOFException();
        }
        all.writeBytes(got);
        n -= got.length;
      }
    }
    return all.toByteArray();
  }

  @Override
  public byte[] readline() {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      EventLoop.io.waitReadable(polled);
      byte[] got = device().readline();
      if (got == null) {
        continue;
      }
      line.writeBytes(got);
      if (got.length == 0 || got[got.length - 1] == '\n') {
        return line.toByteArray();
      }
    }
  }

  /**
   * {@code s.write(buf)}: stream.py writes to the device at once when nothing is buffered; a
   * device here takes every byte (a UART's write waits until its TX buffer holds them all), so
   * nothing is ever buffered for {@link #drain()}.
   */
  @Override
  public void write(byte[] buf) {
    int written = device().write(buf);
    if (written != buf.length) {
      throw new IllegalStateException("a device stream took " + written + " of " + buf.length
          + " bytes; DeviceStream.Device.write must take them all");
    }
  }

  /** {@code await s.drain()}: nothing is buffered, so it only yields, as stream.py's does then. */
  @Override
  public void drain() {
    EventLoop.sleepMs(0);
  }

  @Override
  public void close() {}

  @Override
  public void waitClosed() {
    device().close();
  }

  @Override
  public Object extraInfo(String key) {
    throw new NoSuchElementException(key);
  }
}
