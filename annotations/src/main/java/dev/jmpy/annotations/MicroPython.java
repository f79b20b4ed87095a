package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Translate this top-level class to a MicroPython module.
 *
 * <p>The module is named after the class in snake_case ({@code SeedApp} becomes {@code seed_app.py})
 * and lives in the Python package that mirrors the Java package. Static members become module-level
 * functions and variables; instance members become a Python class of the same name.
 *
 * <p>A class that declares a {@link Coroutine} method is translated even without this annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MicroPython {}
