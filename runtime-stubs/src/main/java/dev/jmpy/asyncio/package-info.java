/**
 * Typed stubs of MicroPython's {@code asyncio} module. Each type and member carries its Python name
 * ({@link dev.jmpy.annotations.PyModule}, {@link dev.jmpy.annotations.PyName}) and whether it is
 * awaited ({@link dev.jmpy.annotations.Coroutine}); the processor reads these and keeps no second
 * table. On the JVM the same classes run the program with MicroPython v1.27's scheduling.
 */
package dev.jmpy.asyncio;
