/**
 * What the translator knows about types and symbols: javac's answers for JavaParser nodes ({@link
 * dev.jmpy.processor.types.TypeOracle}) and jmpy's annotations on stubs ({@link
 * dev.jmpy.processor.types.Stubs}).
 */
package dev.jmpy.processor.types;
