package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a stub method that blocks the whole board while it runs ({@code time.sleep_ms}): calling it
 * inside a {@code @Coroutine} is a compile error (JMPY015), since no other task could run
 * meanwhile. {@link #value()} says what to write instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Blocking {
  /** The call to use inside a coroutine, for example {@code "await Asyncio.sleepMs(ms)"}. */
  String value();
}
