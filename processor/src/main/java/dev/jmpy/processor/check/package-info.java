/**
 * Rejections that need no translation (threads, monitors, reflection, coroutine colouring,
 * overrides), each with its own code, checked on the Java source before a module is translated.
 */
package dev.jmpy.processor.check;
