/**
 * JUnit 5 support for testing jmpy asyncio programs on the JVM: {@link
 * dev.jmpy.asyncio.testing.VirtualTime}. Needs junit-jupiter-api on the classpath (an optional
 * dependency of jmpy-runtime). Nothing here exists in MicroPython.
 */
package dev.jmpy.asyncio.testing;
