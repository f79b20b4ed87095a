/**
 * MicroPython's {@code machine} module on the ESP32 (v1.27): typed stubs that the jmpy processor
 * reads ({@code @PyModule("machine")}; each Java method's Javadoc names the MicroPython call it
 * becomes) and that run on the JVM against the simulated board of {@code dev.jmpy.board}.
 *
 * <p>The rule: MicroPython's {@code machine.Class} is a Java class of the same name; methods are
 * the camelCase of the Python name ({@code read_u16} is {@code readU16}); constants keep their
 * names and their class ({@code Pin.OUT} is {@code machine.Pin.OUT}); the module's functions are
 * static methods of {@link dev.jmpy.machine.Machine}. Arguments the ESP32 takes only by keyword
 * are {@code @PyKeyword} parameters ({@code new I2C(0, scl, sda, 400_000)} is
 * {@code machine.I2C(0, scl=scl, sda=sda, freq=400000)}). Binary data is {@code byte[]}, a buffer
 * on the board.
 */
package dev.jmpy.machine;
