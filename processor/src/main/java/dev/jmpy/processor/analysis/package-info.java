/**
 * Analyses of the Java being translated (integer ranges, null safety, checked exceptions, type
 * questions), each taking a {@link dev.jmpy.processor.analysis.Typing} rather than a translator.
 */
package dev.jmpy.processor.analysis;
