package dev.jmpy.processor.python;

/**
 * Where a Python statement comes from in Java, as a JVM stack frame names it:
 * {@code className.method(file:line)}.
 *
 * @param className the binary name of the Java class, e.g. {@code garden.PlantApp$Pump}
 * @param method the Java method ({@code <init>} for a constructor, {@code <clinit>} for static code)
 * @param line the Java source line
 */
public record JavaOrigin(String className, String method, int line) {}
