/**
 * MicroPython's {@code time} module on the ESP32 ({@link dev.jmpy.time.Time}), reading the
 * simulated board's clock on the JVM.
 */
package dev.jmpy.time;
