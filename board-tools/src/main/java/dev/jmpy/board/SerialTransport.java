package dev.jmpy.board;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A board on a USB serial port, through jSerialComm, at 115200 baud (MicroPython's console speed on
 * the ESP32). {@link #restart()} is a hard reset through the RTS line (wired to EN on ESP32 boards),
 * as esptool does it.
 */
public final class SerialTransport implements Transport {
  /** USB vendor ids of the serial chips ESP32 boards use: Espressif, Silicon Labs, WCH, FTDI. */
  private static final Set<Integer> BOARD_VENDORS = Set.of(0x303A, 0x10C4, 0x1A86, 0x0403);

  private final SerialPort port;
  private final InputStream in;

  private SerialTransport(SerialPort port) throws IOException {
    this.port = port;
    port.setBaudRate(115200);
    port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 200, 0);
    if (!port.openPort()) {
      throw new BoardException("cannot open " + port.getSystemPortPath()
          + " (in use by another program, or no permission: on Linux add yourself to the"
          + " dialout group)");
    }
    InputStream raw = port.getInputStream();
    // jSerialComm's stream throws on a read timeout: read again, until the port closes.
    this.in = new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        while (port.isOpen()) {
          try {
            int n = raw.read(b, off, len);
            if (n != 0) {
              return n;
            }
          } catch (SerialPortTimeoutException timeout) {
            // nothing yet
          }
        }
        return -1;
      }
    };
  }

  /** Opens {@code name} ({@code /dev/ttyUSB0}, {@code COM3}). */
  public static SerialTransport open(String name) throws IOException {
    SerialPort port;
    try {
      port = SerialPort.getCommPort(name);
    } catch (RuntimeException invalid) { // jSerialComm's SerialPortInvalidPortException
      throw new BoardException("cannot open " + name + ": there is no such serial port ("
          + String.join(", ", candidates()) + " may be the board)");
    }
    return new SerialTransport(port);
  }

  /** The serial ports that look like a board (by USB vendor), or every USB serial port. */
  public static List<String> candidates() {
    List<String> boards = new ArrayList<>();
    List<String> usb = new ArrayList<>();
    for (SerialPort port : SerialPort.getCommPorts()) {
      if (BOARD_VENDORS.contains(port.getVendorID())) {
        boards.add(port.getSystemPortPath());
      } else if (port.getVendorID() > 0 || port.getSystemPortName().contains("USB")
          || port.getSystemPortName().contains("ACM")) {
        usb.add(port.getSystemPortPath());
      }
    }
    return boards.isEmpty() ? usb : boards;
  }

  /** Every serial port, with its description, for {@code ports}. */
  public static List<String> describePorts() {
    List<String> lines = new ArrayList<>();
    for (SerialPort port : SerialPort.getCommPorts()) {
      lines.add(port.getSystemPortPath() + "  " + port.getPortDescription()
          + (port.getVendorID() > 0 ? String.format("  (USB %04x:%04x)", port.getVendorID(),
              port.getProductID()) : ""));
    }
    return lines;
  }

  /** The port named, or the one candidate when {@code name} is null or blank. */
  public static SerialTransport openOrDetect(String name) throws IOException {
    if (name != null && !name.isBlank()) {
      return open(name);
    }
    List<String> found = candidates();
    if (found.size() == 1) {
      return open(found.get(0));
    }
    throw new BoardException(found.isEmpty()
        ? "no board found on a USB serial port: plug it in, or name the port with -Djmpy.port="
        : "several serial ports could be the board: " + String.join(", ", found)
            + "; pick one with -Djmpy.port=");
  }

  @Override
  public InputStream input() {
    return in;
  }

  @Override
  public OutputStream output() {
    return port.getOutputStream();
  }

  @Override
  public String describe() {
    return port.getSystemPortPath();
  }

  @Override
  public boolean restart() throws IOException {
    port.clearDTR();
    port.setRTS();
    sleep(100);
    port.clearRTS();
    sleep(500);
    return true;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    port.closePort();
  }
}
