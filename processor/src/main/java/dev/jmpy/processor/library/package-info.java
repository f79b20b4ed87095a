/**
 * The JDK in MicroPython: one rows class per family ({@code StringRows}, {@code ListRows}, ...),
 * looked up by {@link dev.jmpy.processor.library.LibraryRegistry} under one {@code family#member}
 * key, and reaching the translator only through {@link dev.jmpy.processor.library.CallSite}.
 */
package dev.jmpy.processor.library;
