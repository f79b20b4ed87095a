package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a stub method returning {@code byte[]} that MicroPython may answer with None (a
 * {@code uart.read()} with nothing received): jmpy turns the bytes of its result into Java's
 * {@code byte[]} (an {@code array("b")}) only when there are some, and leaves None as null. A
 * {@code byte[]} result of a stub method without it is always bytes on the board.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface MayReturnNone {}
