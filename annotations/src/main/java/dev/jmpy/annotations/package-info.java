/**
 * The annotations a jmpy user writes ({@link dev.jmpy.annotations.MicroPython}, {@link
 * dev.jmpy.annotations.Coroutine}) and those that declare MicroPython names on typed stubs ({@link
 * dev.jmpy.annotations.PyModule}, {@link dev.jmpy.annotations.PyName}, {@link
 * dev.jmpy.annotations.AwaitsReceiver}). All have CLASS retention, so the processor reads them from
 * jars on the classpath as well as from sources.
 */
package dev.jmpy.annotations;
