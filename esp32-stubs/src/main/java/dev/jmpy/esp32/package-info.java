/**
 * MicroPython's {@code esp32} module: {@link dev.jmpy.esp32.NVS} (settings kept in flash across
 * resets) and the module's functions in {@link dev.jmpy.esp32.Esp32}.
 */
package dev.jmpy.esp32;
