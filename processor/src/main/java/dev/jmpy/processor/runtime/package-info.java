/**
 * jmpy's Python helpers ({@link dev.jmpy.processor.runtime.Helper}): each a {@code .py} resource
 * beside the enum, copied into the modules that use it.
 */
package dev.jmpy.processor.runtime;
