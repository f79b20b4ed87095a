package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The exact MicroPython name of a Java type, method or field, where the default (the Java name in
 * snake_case) is not it. {@code @PyName("wait") void await()} on {@code Event} makes
 * {@code e.await()} read {@code await e.wait()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
public @interface PyName {
  /** The Python name. */
  String value();
}
