package dev.jmpy.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a no-argument stub method: calling it reads an attribute of the receiver, named
 * {@link #value()}. {@code OSError.errno()} carries {@code @PyAttribute("errno")}, so
 * {@code e.errno()} reads {@code e.errno}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PyAttribute {
  /** The attribute's name. */
  String value();
}
