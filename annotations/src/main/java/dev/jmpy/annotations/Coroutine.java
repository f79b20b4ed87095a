package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a coroutine.
 *
 * <p>On a method, the method becomes an {@code async def}. Inside another coroutine, calling it is an
 * {@code await}: {@code count("A", 3);} becomes {@code await count("A", 3)}. Calling it from a plain
 * method is a compile-time error, as {@code await} outside an {@code async def} is in Python: start it
 * with {@code Asyncio.run} or {@code Asyncio.createTask} instead.
 *
 * <p>On a functional interface, a lambda or method reference of that type is a <em>coroutine
 * object</em>: {@code () -> count("A", 3)} becomes {@code count("A", 3)} without an {@code await}, as
 * an argument of {@code asyncio.create_task}, {@code asyncio.run} and the like.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Coroutine {}
