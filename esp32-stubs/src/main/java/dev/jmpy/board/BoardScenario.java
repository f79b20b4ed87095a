package dev.jmpy.board;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test class or method run with {@link SimulatedBoard}: loads a scenario (the JSON format of
 * {@link Scenario}) from a classpath resource before the test, relative to the test class
 * unless it starts with "/".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BoardScenario {
  /** The resource's name. */
  String value();
}
