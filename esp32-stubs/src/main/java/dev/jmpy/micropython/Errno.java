package dev.jmpy.micropython;

import dev.jmpy.annotations.PyModule;

/**
 * MicroPython's {@code errno} module on the ESP32: {@code Errno.ENODEV} is {@code errno.ENODEV}.
 * The values are the ESP32's (newlib's numbering); the WebAssembly and unix ports number some
 * differently (ETIMEDOUT is 110 there), so compare with ENODEV or print numbers in programs that
 * run on both.
 */
@PyModule("errno")
public final class Errno {
  private Errno() {}

  /** {@code errno.EIO}. */
  public static final int EIO = 5;
  /** {@code errno.EAGAIN}. */
  public static final int EAGAIN = 11;
  /** {@code errno.ENOMEM}. */
  public static final int ENOMEM = 12;
  /** {@code errno.ENODEV}: no such device (an I2C address nobody acknowledges). */
  public static final int ENODEV = 19;
  /** {@code errno.EINVAL}. */
  public static final int EINVAL = 22;
  /** {@code errno.ECONNRESET}. */
  public static final int ECONNRESET = 104;
  /** {@code errno.ETIMEDOUT}: timed out (an I2C device holding the bus). */
  public static final int ETIMEDOUT = 116;
  /** {@code errno.EHOSTUNREACH}. */
  public static final int EHOSTUNREACH = 118;
}
