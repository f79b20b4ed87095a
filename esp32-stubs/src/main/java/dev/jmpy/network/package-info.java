/**
 * MicroPython's {@code network} module on the ESP32: {@link dev.jmpy.network.WLAN} and the
 * module's functions and status constants in {@link dev.jmpy.network.Network} (on the ESP32 the
 * {@code STAT_*} constants are module-level, {@code network.STAT_GOT_IP}, not attributes of WLAN).
 */
package dev.jmpy.network;
