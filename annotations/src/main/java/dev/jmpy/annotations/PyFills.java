package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code byte[]} parameter of a stub method: MicroPython fills that buffer in place
 * ({@code i2c.readfrom_into(addr, buf)}), so the Java array must see the bytes afterwards. Every
 * other {@code byte[]} parameter of a stub is read only.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface PyFills {}
