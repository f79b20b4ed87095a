/**
 * The annotations a jmpy user writes ({@link dev.jmpy.annotations.MicroPython}, {@link
 * dev.jmpy.annotations.Coroutine}) and those that declare MicroPython facts on typed stubs: names
 * ({@link dev.jmpy.annotations.PyModule}, {@link dev.jmpy.annotations.PyName}), call forms
 * ({@link dev.jmpy.annotations.PyKeyword}, {@link dev.jmpy.annotations.PyItem}, {@link
 * dev.jmpy.annotations.PyAttribute}, {@link dev.jmpy.annotations.AwaitsReceiver}), buffers
 * ({@link dev.jmpy.annotations.PyFills}, {@link dev.jmpy.annotations.MayReturnNone}) and what the
 * processor rejects ({@link
 * dev.jmpy.annotations.Blocking}, {@link dev.jmpy.annotations.Ticks}). All have CLASS retention,
 * so the processor reads them from jars on the classpath as well as from sources.
 */
package dev.jmpy.annotations;
