/**
 * Diagnostics: every message with its code ({@link dev.jmpy.processor.diag.Message}) and the one
 * reporter that prints them at exact positions ({@link dev.jmpy.processor.diag.Diagnostics}).
 */
package dev.jmpy.processor.diag;
