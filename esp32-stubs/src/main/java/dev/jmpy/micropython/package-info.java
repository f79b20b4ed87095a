/**
 * MicroPython's {@code gc}, {@code micropython} and {@code json} modules, and its {@code OSError}.
 */
package dev.jmpy.micropython;
