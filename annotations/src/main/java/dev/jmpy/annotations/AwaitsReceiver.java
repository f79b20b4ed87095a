package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a no-argument stub method: calling it awaits the receiver object itself. {@code Task.await()}
 * carries it, so {@code t.await()} reads {@code await t}. Implies {@link Coroutine}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AwaitsReceiver {}
