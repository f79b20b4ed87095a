package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A stub parameter that MicroPython takes as a keyword argument: the call passes it as
 * {@code name=value} after the positional arguments, wherever it stands in the Java signature.
 * {@code gather(@PyKeyword("return_exceptions") boolean returnExceptions, Coro<?>... coros)}
 * makes {@code gather(true, a, b)} read {@code await asyncio.gather(a, b, return_exceptions=True)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface PyKeyword {
  /** The Python keyword. */
  String value();
}
