package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a Java type stands for an existing MicroPython module; the type itself is not
 * translated.
 *
 * <p>A class whose members are all static stands for the module itself: each static member is
 * a module-level name. {@code @PyModule("asyncio") class Asyncio { static void sleepMs(int ms) } }
 * makes {@code Asyncio.sleepMs(5)} read {@code asyncio.sleep_ms(5)} and adds {@code import asyncio}.
 * A class with a (non-private) constructor or instance member stands for the Python class of the
 * same simple name (or the {@link PyName} of the type) in module {@link #value()}, and its static
 * members are that class's attributes: {@code Pin.OUT} reads {@code machine.Pin.OUT}. Module
 * {@code "builtins"} names Python's builtins ({@code OSError}), used without an import.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PyModule {
  /** The module's import name, for example {@code "asyncio"} or {@code "machine"}. */
  String value();
}
