package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a stub method that returns a tick count wrapping at the board's ticks period
 * ({@code time.ticks_ms()}, {@code ticks_add}): arithmetic or ordering comparisons on its value,
 * or on a variable or field assigned it, are a compile error (JMPY016), because they go wrong at
 * the wrap. Use {@code Time.ticksDiff(end, start)} and {@code Time.ticksAdd(ticks, delta)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Ticks {}
