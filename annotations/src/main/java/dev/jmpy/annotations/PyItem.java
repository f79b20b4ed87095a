package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a no-argument stub method of a type that is a tuple in MicroPython: the call reads item
 * {@code value} of the tuple. {@code Connection.reader()} carries {@code @PyItem(0)}, so
 * {@code conn.reader()} reads {@code conn[0]}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PyItem {
  /** The tuple index. */
  int value();
}
