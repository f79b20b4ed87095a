package dev.jmpy.micropython;

import dev.jmpy.annotations.PyAttribute;
import dev.jmpy.annotations.PyModule;
import dev.jmpy.annotations.PyName;
import java.io.IOException;

/**
 * MicroPython's {@code OSError}, as the board's modules raise it: a bus device that does not
 * answer ({@code OSError(ENODEV)}), a timeout, an ESP-IDF error ({@code OSError(-4354,
 * 'ESP_ERR_NVS_NOT_FOUND')}). It is an {@link IOException}, so {@code catch (IOException e)}
 * catches it too (both are {@code except OSError} in MicroPython).
 *
 * <p>Errno values are the ESP32's (newlib's), in {@link Errno}: ENODEV 19, ETIMEDOUT 116 (the
 * WebAssembly and unix ports number ETIMEDOUT 110).
 */
@PyModule("builtins")
@PyName("OSError")
public class OSError extends IOException {
  private static final long serialVersionUID = 1L;

  private final int errno;

  /** {@code OSError(errno)}: prints as MicroPython's {@code [Errno 19] ENODEV}. */
  public OSError(int errno) {
    super(text(errno, null));
    this.errno = errno;
  }

  /** {@code OSError(errno, message)}, as ESP-IDF errors are raised. */
  public OSError(int errno, String message) {
    super(text(errno, message));
    this.errno = errno;
  }

  /** {@code OSError("message")}, as the port raises some errors (errno() is then 0). */
  public OSError(String message) {
    super(message);
    this.errno = 0;
  }

  /** {@code e.errno} (an attribute on the board). */
  @PyAttribute("errno")
  public int errno() {
    return errno;
  }

  private static String text(int errno, String message) {
    if (message != null) {
      return "(" + errno + ", '" + message + "')";
    }
    String name = switch (errno) {
      case Errno.ENODEV -> "ENODEV";
      case Errno.ETIMEDOUT -> "ETIMEDOUT";
      case 5 -> "EIO";
      case 22 -> "EINVAL";
      default -> null;
    };
    return name == null ? String.valueOf(errno) : "[Errno " + errno + "] " + name;
  }
}
