/**
 * Lowering passes over the Python AST, each doing one thing ({@link
 * dev.jmpy.processor.lower.Passes} runs them in order).
 */
package dev.jmpy.processor.lower;
