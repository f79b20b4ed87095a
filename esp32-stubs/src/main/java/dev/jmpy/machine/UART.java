package dev.jmpy.machine;

import dev.jmpy.annotations.MayReturnNone;
import dev.jmpy.annotations.PyFills;
import dev.jmpy.annotations.PyKeyword;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.asyncio.PollableStream;
import dev.jmpy.asyncio.internal.DeviceStream;
import dev.jmpy.board.internal.Hw;
import java.nio.charset.StandardCharsets;

/**
 * {@code machine.UART}: a serial port (ids 0-2; 0 is the REPL's). With the ESP32's default
 * {@code timeout=0}, {@link #read()} and {@link #readline()} return what has arrived, or
 * {@code null} (None) when nothing has; with a timeout they wait for it (blocking). On the
 * simulated board the peer's bytes and answers are scripted by the test.
 *
 * <p>For tasks, wrap it in asyncio streams, as MicroPython allows (the ESP32's UART answers
 * {@code select.poll} through its {@code ioctl}): {@code new StreamReader(uart)} becomes
 * {@code asyncio.StreamReader(uart)} and {@code new StreamWriter(uart)}
 * {@code asyncio.StreamWriter(uart)}; {@code await reader.readline()} then waits in the loop's
 * poll, other tasks running, until the peer's bytes arrive. Keep the default {@code timeout=0}
 * for that (a timeout makes the reads behind the stream block the board).
 */
@PyModule("machine")
public class UART implements PollableStream {
  private final int id;

  /** {@code machine.UART(id, baudrate)}: the port's default pins. */
  public UART(int id, int baudrate) {
    this.id = id;
    Hw.get().serial.open(id, 0);
    attachStream();
  }

  /** {@code machine.UART(id, baudrate=b, tx=tx, rx=rx)}. */
  public UART(int id, @PyKeyword("baudrate") int baudrate, @PyKeyword("tx") int tx,
      @PyKeyword("rx") int rx) {
    this.id = id;
    Hw.get().serial.open(id, 0);
    attachStream();
  }

  /** {@code machine.UART(id, baudrate=b, tx=tx, rx=rx, timeout=ms)}. */
  public UART(int id, @PyKeyword("baudrate") int baudrate, @PyKeyword("tx") int tx,
      @PyKeyword("rx") int rx, @PyKeyword("timeout") int timeout) {
    this.id = id;
    Hw.get().serial.open(id, timeout);
    attachStream();
  }

  /** What asyncio's streams use: the poll (ioctl), read, readline and write of this port. */
  private void attachStream() {
    DeviceStream.attach(this, new DeviceStream.Device() {
      @Override
      public boolean readable() {
        return Hw.get().serial.readable(id);
      }

      @Override
      public byte[] read(int n) {
        return Hw.get().serial.read(id, n);
      }

      @Override
      public byte[] readline() {
        return Hw.get().serial.readline(id);
      }

      @Override
      public int write(byte[] buf) {
        return Hw.get().serial.write(id, buf);
      }

      @Override
      public void close() {
        throw new UnsupportedOperationException("machine.UART has no close() (AttributeError on"
            + " the board): do not await wait_closed() on a UART stream; uart.deinit() stops it");
      }
    });
  }

  /** {@code uart.any()}: bytes waiting. */
  public int any() {
    return Hw.get().serial.any(id);
  }

  /** {@code uart.read()}: every byte waiting, or null (None). */
  @MayReturnNone
  public byte[] read() {
    return Hw.get().serial.read(id, -1);
  }

  /** {@code uart.read(n)}: up to n bytes, or null (None). */
  @MayReturnNone
  public byte[] read(int n) {
    return Hw.get().serial.read(id, n);
  }

  /** {@code uart.readline()}: up to and including a newline, or null (None). */
  @MayReturnNone
  public byte[] readline() {
    return Hw.get().serial.readline(id);
  }

  /** {@code uart.readinto(buf)}: the number of bytes read, or null (None). */
  public Integer readinto(@PyFills byte[] buf) {
    byte[] data = Hw.get().serial.read(id, buf.length);
    if (data == null) {
      return null;
    }
    System.arraycopy(data, 0, buf, 0, data.length);
    return data.length;
  }

  /** {@code uart.write(buf)}: the number of bytes written. */
  public int write(byte[] buf) {
    return Hw.get().serial.write(id, buf);
  }

  /** {@code uart.write(text)}: the text's UTF-8 bytes. */
  public int write(String text) {
    return Hw.get().serial.write(id, text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code uart.flush()}: waits until everything is sent (at once here). */
  public void flush() {}

  /** {@code uart.txdone()}. */
  public boolean txdone() {
    return true;
  }

  /** {@code uart.deinit()}. */
  public void deinit() {}
}
